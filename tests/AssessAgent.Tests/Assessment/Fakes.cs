using AssessAgent.Assessment;
using AssessAgent.Assessment.Offline;
using AssessAgent.Assessment.Pipeline;
using AssessAgent.Transcripts;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AssessAgent.Tests.Assessment;

/// <summary>A report checker that returns the findings it is given and keeps the report it saw.</summary>
internal sealed class FakeReportChecker(params CheckerFinding[] findings) : IReportChecker
{
    public AssessmentReport? Checked { get; private set; }

    public IReadOnlyList<CheckerFinding> Check(AssessmentReport report)
    {
        Checked = report;

        return findings;
    }
}

/// <summary>A clock stopped at one instant.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

/// <summary>The offline pipeline over the shared test embeddings, with a fake checker and a fixed clock.</summary>
internal static class OfflinePipeline
{
    public static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public static OfflineQuestionAssessor QuestionAssessor() =>
        new(TestEmbeddings.Generator, Options.Create(new OfflineScoringOptions()),
            NullLogger<OfflineQuestionAssessor>.Instance);

    public static InterviewAssessmentPipeline Create(IReportChecker? checker = null) =>
        new(TestTranscripts.Analyzer(), QuestionAssessor(),
            new OfflineRecommendationWriter(Options.Create(new RecommendationOptions())),
            checker ?? new FakeReportChecker(), TestEmbeddings.Generator, new FixedTimeProvider(Now),
            Options.Create(new PipelineOptions()), NullLogger<InterviewAssessmentPipeline>.Instance);

    /// <summary>Assesses one question of a one-question transcript through the analyzer and the assessor.</summary>
    public static async Task<QuestionAssessment> AssessOneAsync(SectionKind section, string question, string? answer)
    {
        var transcript = TestTranscripts.Build((section, question, answer));
        var verdicts = await TestTranscripts.Analyzer().AnalyzeAsync(transcript);
        var only = transcript.Sections[0];

        return await QuestionAssessor().AssessAsync(
            new QuestionContext(transcript, only, only.Questions[0], verdicts[only.Questions[0].Id]));
    }
}
