using Microsoft.Extensions.Logging;

namespace AssessAgent.Reading;

/// <summary>The log messages of <see cref="TranscriptLoader"/>.</summary>
internal static partial class TranscriptLoaderLog
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Information,
        Message = "Read {Source} as {Format}: {SectionCount} sections, {QuestionCount} questions")]
    public static partial void Read(ILogger logger, string source, string format, int sectionCount, int questionCount);
}
