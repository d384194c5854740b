using System.Text.Json;
using System.Text.Json.Serialization;
using AssessAgent.Assessment;

namespace AssessAgent.Tests.Evals;

/// <summary>
/// A golden report as evals/README.md describes it: what a careful interviewer expects the assessment of one
/// eval case to say. The enums are the product's own, so a golden naming a value the product lacks fails to load.
/// </summary>
internal sealed record GoldenReport(
    string Case,
    string Description,
    string InputFormat,
    string? Candidate,
    IReadOnlyList<string>? Tags,
    IReadOnlyList<HiringDecision> Recommendations,
    bool Misaligned,
    string? NotHigherThanCase,
    IReadOnlyList<GoldenQuestion> Questions,
    GoldenHumanScores? HumanScores,
    string? Notes)
{
    private static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };

    public static GoldenReport Load(string path) =>
        JsonSerializer.Deserialize<GoldenReport>(File.ReadAllText(path), SerializerOptions)
            ?? throw new InvalidDataException($"{path}: the golden is empty.");
}

/// <summary>What the assessment of one question must say.</summary>
internal sealed record GoldenQuestion(
    string Section,
    int Position,
    string QuestionStartsWith,
    RelevanceLabel Relevance,
    IReadOnlyList<RelevanceLabel>? AlsoAcceptedRelevance,
    IReadOnlyList<int> ScoreRange,
    ScoreBand Band,
    IReadOnlyList<string> StrengthThemes,
    IReadOnlyList<string> ImprovementThemes,
    IReadOnlyList<string> Flags,
    IReadOnlyList<string>? OptionalFlags,
    string? AddressesInstead,
    string Rationale)
{
    public int MinScore => ScoreRange[0];

    public int MaxScore => ScoreRange[1];

    public IEnumerable<RelevanceLabel> AcceptedRelevance => [Relevance, .. AlsoAcceptedRelevance ?? []];

    public string Describe() => $"{Section} #{Position} ({QuestionStartsWith})";
}

/// <summary>The human interviewers' own verdict, for calibration.</summary>
internal sealed record GoldenHumanScores(HiringDecision Recommendation, IReadOnlyList<int?> Scores, string? Raters);
