using Microsoft.Extensions.Logging;

namespace AssessAgent.Store.Chat;

/// <summary>The chat's log messages: model names and counts, never questions, answers or candidate names.</summary>
internal static partial class StoreChatLog
{
    [LoggerMessage(EventId = 4200, Level = LogLevel.Information,
        Message = "Chat answer from {Model} citing {CitationCount} stored items")]
    public static partial void Answered(ILogger logger, string model, int citationCount);

    [LoggerMessage(EventId = 4201, Level = LogLevel.Information,
        Message = "Retrieval answer ({Kind}) citing {CitationCount} stored items")]
    public static partial void RetrievalAnswered(ILogger logger, string kind, int citationCount);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Trace, Message = "Chat question: {Question}")]
    public static partial void Question(ILogger logger, string question);
}
