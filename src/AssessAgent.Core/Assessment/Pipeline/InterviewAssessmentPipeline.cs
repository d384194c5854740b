using System.Reflection;
using AssessAgent.Reporting;
using AssessAgent.Transcripts;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AssessAgent.Assessment.Pipeline;

/// <summary>
/// Assesses a whole interview: relevance for every answer first (a misaligned transcript shows only across
/// questions), then each answer through <see cref="IQuestionAssessor"/>, section scores, the transcript's
/// diagnosis, the recommendation, the comparison with an earlier report, provenance, and finally the report
/// checker's findings on the finished report.
/// </summary>
public sealed partial class InterviewAssessmentPipeline(
    IRelevanceAnalyzer relevanceAnalyzer,
    IQuestionAssessor questionAssessor,
    IRecommendationWriter recommendationWriter,
    IReportChecker reportChecker,
    IEmbeddingGenerator<string, Embedding<float>> embeddingGenerator,
    TimeProvider timeProvider,
    IOptions<PipelineOptions> options,
    ILogger<InterviewAssessmentPipeline> logger) : IInterviewAssessor
{
    private static readonly string ToolVersion =
        typeof(InterviewAssessmentPipeline).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()
            ?.InformationalVersion ?? "unknown";

    /// <inheritdoc />
    public string Name => questionAssessor.Name;

    /// <inheritdoc />
    public async Task<AssessmentReport> AssessAsync(
        Transcript transcript, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        LogStarted(logger, transcript.Source.Path ?? "(no file)", transcript.AllQuestions.Count());

        var verdicts = await relevanceAnalyzer.AnalyzeAsync(transcript, cancellationToken).ConfigureAwait(false);
        var assessments = await AssessQuestionsAsync(transcript, verdicts, cancellationToken).ConfigureAwait(false);
        var sections = BuildSections(transcript, assessments);

        var diagnosis = TranscriptDiagnostician.Diagnose(transcript, sections.SelectMany(s => s.Questions).ToArray());
        var draft = await recommendationWriter.WriteAsync(transcript, sections, diagnosis, cancellationToken)
            .ConfigureAwait(false);
        var all = sections.SelectMany(section => section.Questions).ToArray();

        var report = new AssessmentReport
        {
            Header = new ReportHeader(transcript.Candidate, transcript.Position, transcript.InterviewDate,
                transcript.Duration, transcript.Source.Path, transcript.Source.Format),
            Sections = sections,
            ExecutiveSummary = draft.ExecutiveSummary,
            KeyStrengths = draft.KeyStrengths,
            AreasForImprovement = draft.AreasForImprovement,
            Diagnosis = diagnosis,
            Recommendation = draft.Recommendation,
            PreviouslyReported = PreviousVerdictComparer.Compare(transcript, all, draft.Recommendation),
            Provenance = BuildProvenance(all),
        };

        var findings = reportChecker.Check(report);
        LogFinished(logger, report.Recommendation.Decision, findings.Count);

        return report with { CheckerFindings = findings };
    }

    private async Task<Dictionary<string, QuestionAssessment>> AssessQuestionsAsync(
        Transcript transcript,
        IReadOnlyDictionary<string, RelevanceVerdict> verdicts,
        CancellationToken cancellationToken)
    {
        var contexts = transcript.Sections
            .SelectMany(section => section.Questions.Select(question =>
                new QuestionContext(transcript, section, question, verdicts[question.Id])))
            .ToArray();
        var results = new System.Collections.Concurrent.ConcurrentDictionary<string, QuestionAssessment>();
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = options.Value.MaxParallelQuestions,
            CancellationToken = cancellationToken,
        };

        await Parallel.ForEachAsync(contexts, parallel, async (context, token) =>
            results[context.Question.Id] = await questionAssessor.AssessAsync(context, token).ConfigureAwait(false))
            .ConfigureAwait(false);

        return new Dictionary<string, QuestionAssessment>(results, StringComparer.Ordinal);
    }

    private static List<SectionAssessment> BuildSections(
        Transcript transcript,
        Dictionary<string, QuestionAssessment> assessments) =>
        transcript.Sections
            .Select(section =>
            {
                var questions = section.Questions.Select(question => assessments[question.Id]).ToArray();
                var score = ReportScores.WeightedMean(questions) ?? 0;

                return new SectionAssessment(section.Name, section.Kind, score, ScoreBands.For(score), questions);
            })
            .ToList();

    private Provenance BuildProvenance(IReadOnlyList<QuestionAssessment> assessments)
    {
        var metadata = embeddingGenerator.GetService<EmbeddingGeneratorMetadata>();
        var notes = new List<string>();
        var others = assessments.Where(assessment => assessment.AssessedBy != questionAssessor.Name)
            .GroupBy(assessment => assessment.AssessedBy);
        foreach (var group in others)
        {
            notes.Add($"{group.Count()} answers were assessed by the {group.Key} assessor instead of "
                + $"{questionAssessor.Name}: {string.Join(", ", group.Select(assessment => assessment.QuestionId))}.");
        }

        return new Provenance(
            Assessor: questionAssessor.Name,
            Model: null,
            EmbeddingModel: metadata?.DefaultModelId,
            PromptVersion: null,
            PromptHash: null,
            GeneratedAt: timeProvider.GetUtcNow(),
            ToolVersion: ToolVersion,
            Notes: notes);
    }

    [LoggerMessage(EventId = 2301, Level = LogLevel.Information,
        Message = "Assessing {Source}: {QuestionCount} questions")]
    private static partial void LogStarted(ILogger logger, string source, int questionCount);

    [LoggerMessage(EventId = 2302, Level = LogLevel.Information,
        Message = "Assessment done: {Decision}, {FindingCount} report-checker findings")]
    private static partial void LogFinished(ILogger logger, HiringDecision decision, int findingCount);
}
