using AssessAgent.Transcripts;

namespace AssessAgent.Assessment;

/// <summary>
/// The assessment of one interview: a verdict on every answer, then the summary and the hiring recommendation.
/// Serialized as the JSON report whose schema is <c>schemas/assessment-report.schema.json</c>.
/// </summary>
public sealed record AssessmentReport
{
    /// <summary>The version of the JSON report schema this report follows.</summary>
    public const string CurrentSchemaVersion = "1.0";

    public string SchemaVersion { get; init; } = CurrentSchemaVersion;

    public required ReportHeader Header { get; init; }

    /// <summary>The sections in interview order, each with its questions' assessments.</summary>
    public required IReadOnlyList<SectionAssessment> Sections { get; init; }

    /// <summary>A few sentences for a reader in a hurry.</summary>
    public required string ExecutiveSummary { get; init; }

    /// <summary>The strongest points across the interview, each tied to the answers that show it.</summary>
    public IReadOnlyList<Finding> KeyStrengths { get; init; } = [];

    /// <summary>The weakest points across the interview, each tied to the answers that show it.</summary>
    public IReadOnlyList<Finding> AreasForImprovement { get; init; } = [];

    /// <summary>What the transcript itself looks like: misaligned answers, missing data.</summary>
    public TranscriptDiagnosis Diagnosis { get; init; } = TranscriptDiagnosis.Clean;

    public required HiringRecommendation Recommendation { get; init; }

    /// <summary>The earlier report's verdict and where this one disagrees, when the input was such a report.</summary>
    public PreviousVerdictComparison? PreviouslyReported { get; init; }

    public required Provenance Provenance { get; init; }

    /// <summary>What the report checker found wrong with this report; empty when nothing.</summary>
    public IReadOnlyList<CheckerFinding> CheckerFindings { get; init; } = [];

    /// <summary>All question assessments in interview order.</summary>
    public IEnumerable<QuestionAssessment> AllQuestions => Sections.SelectMany(section => section.Questions);
}

/// <summary>Who was interviewed for what, when and for how long, and from which file.</summary>
public sealed record ReportHeader(
    string? Candidate,
    string? Position,
    DateOnly? InterviewDate,
    TimeSpan? Duration,
    string? SourcePath,
    string SourceFormat);

/// <summary>The assessments of one section's questions and the section's weighted mean score.</summary>
public sealed record SectionAssessment(
    string Name,
    SectionKind Kind,
    int Score,
    ScoreBand Band,
    IReadOnlyList<QuestionAssessment> Questions);
