using AssessAgent.Assessment;
using AssessAgent.Transcripts;

namespace AssessAgent.Tests.Agent.Support;

/// <summary>
/// Stand-ins for the offline assessment, so that the language-model path can be tested on its own: a question
/// assessor with a fixed score per question, a recommendation writer with a fixed draft, and a pipeline shaped like
/// the real one (offline relevance for every answer first, then every question concurrently, then the writer).
/// </summary>
internal sealed class FakeOfflineQuestionAssessor : IQuestionAssessor
{
    public const int DefaultScore = 40;

    public Dictionary<string, int> Scores { get; } = [];

    /// <summary>Runs before each assessment is made, for tests that need to see what happens meanwhile.</summary>
    public Func<QuestionContext, Task>? BeforeAssessing { get; set; }

    public string Name => "offline";

    public async Task<QuestionAssessment> AssessAsync(
        QuestionContext context,
        CancellationToken cancellationToken = default)
    {
        if (BeforeAssessing is { } before)
        {
            await before(context);
        }

        return new QuestionAssessment
        {
            QuestionId = context.Question.Id,
            Section = context.Section.Name,
            Question = context.Question.Text,
            Answer = context.Question.Answer,
            Relevance = context.OfflineRelevance,
            Score = context.Question.HasAnswer ? Scores.GetValueOrDefault(context.Question.Id, DefaultScore) : 0,
            Strengths = [new Feedback("Offline strength.")],
            AssessedBy = Name,
        };
    }
}

internal sealed class FakeOfflineRecommendationWriter : IRecommendationWriter
{
    public string Name => "offline";

    public Task<RecommendationDraft> WriteAsync(
        Transcript transcript,
        IReadOnlyList<SectionAssessment> sections,
        TranscriptDiagnosis diagnosis,
        CancellationToken cancellationToken = default) =>
        Task.FromResult(new RecommendationDraft(
            "Offline summary.",
            [],
            [],
            new HiringRecommendation(HiringDecision.Inconclusive, 0.5, "Offline reasoning.", [])));
}

internal sealed class FakeInterviewPipeline(
    IQuestionAssessor questionAssessor,
    IRecommendationWriter recommendationWriter,
    OfflineRelevanceTable relevance) : IInterviewAssessor
{
    public string Name => "offline";

    public async Task<AssessmentReport> AssessAsync(
        Transcript transcript,
        CancellationToken cancellationToken = default)
    {
        var contexts = transcript.Sections
            .SelectMany(section => section.Questions.Select(question =>
                new QuestionContext(transcript, section, question, relevance.For(question.Id))))
            .ToList();
        var assessments = await Task.WhenAll(contexts.Select(c => questionAssessor.AssessAsync(c, cancellationToken)));

        var sections = transcript.Sections
            .Select(section => new SectionAssessment(
                section.Name, section.Kind, 0, ScoreBand.Poor,
                [.. assessments.Where(a => a.Section == section.Name)]))
            .ToList();
        var diagnosis = new TranscriptDiagnosis(relevance.Misaligned, 0, contexts.Count, []);
        var draft = await recommendationWriter.WriteAsync(transcript, sections, diagnosis, cancellationToken);

        return new AssessmentReport
        {
            Header = new ReportHeader(transcript.Candidate, transcript.Position, null, null, null, "test"),
            Sections = sections,
            ExecutiveSummary = draft.ExecutiveSummary,
            KeyStrengths = draft.KeyStrengths,
            AreasForImprovement = draft.AreasForImprovement,
            Recommendation = draft.Recommendation,
            Diagnosis = diagnosis,
            Provenance = new Provenance(
                "offline", null, "fake-embeddings", null, null, DateTimeOffset.UnixEpoch, "test", []),
        };
    }
}

/// <summary>The offline relevance verdict per question id that the fake pipeline passes on.</summary>
internal sealed class OfflineRelevanceTable
{
    public Dictionary<string, RelevanceVerdict> Verdicts { get; } = [];

    public bool Misaligned { get; set; }

    public RelevanceVerdict For(string questionId) =>
        Verdicts.GetValueOrDefault(
            questionId, new RelevanceVerdict(RelevanceLabel.Relevant, 0.8, "Offline: relevant."));
}
