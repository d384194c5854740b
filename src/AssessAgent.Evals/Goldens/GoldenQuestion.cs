using AssessAgent.Assessment;

namespace AssessAgent.Evals.Goldens;

/// <summary>What the assessment of one question must say.</summary>
/// <param name="Section">The section's name, compared ignoring case, spaces, hyphens and underscores.</param>
/// <param name="Position">The question's 1-based place within its section.</param>
/// <param name="QuestionStartsWith">The question's first words, to check the position points at it.</param>
/// <param name="Relevance">The expected relevance.</param>
/// <param name="AlsoAcceptedRelevance">Other relevance labels accepted for a borderline answer.</param>
/// <param name="ScoreRange">The accepted score as <c>[min, max]</c>, both inclusive.</param>
/// <param name="Band">The band of the expected score.</param>
/// <param name="StrengthThemes">Themes the strengths must cover, matched by meaning.</param>
/// <param name="ImprovementThemes">Themes the improvements must cover, matched by meaning.</param>
/// <param name="Flags">Flags the report must attach.</param>
/// <param name="OptionalFlags">Flags the report may attach.</param>
/// <param name="AddressesInstead">What an answer that misses its question answers instead.</param>
/// <param name="Rationale">Why a senior interviewer judges the answer so.</param>
public sealed record GoldenQuestion(
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
    /// <summary>
    /// The flag kinds goldens speak about; flags of other kinds are neither required nor forbidden.
    /// </summary>
    public static IReadOnlySet<string> JudgedFlagKinds { get; } =
        new HashSet<string>(["misaligned", "injection-attempt"]);

    public int MinScore => ScoreRange[0];

    public int MaxScore => ScoreRange[1];

    /// <summary>The middle of the accepted range, the golden's point estimate for rank correlation.</summary>
    public double MidScore => (MinScore + MaxScore) / 2.0;

    public IReadOnlyList<RelevanceLabel> AcceptedRelevance => [Relevance, .. AlsoAcceptedRelevance ?? []];

    /// <summary>Whether no accepted label gives the answer credit: it misses its question or has none.</summary>
    public bool ExpectsNoCredit =>
        AcceptedRelevance.All(label => label is RelevanceLabel.OffTopic or RelevanceLabel.NoAnswer);

    /// <summary>The bands a score inside the accepted range can fall in.</summary>
    public IReadOnlySet<ScoreBand> AcceptedBands =>
        Enumerable.Range(MinScore, MaxScore - MinScore + 1).Select(ScoreBands.For).ToHashSet();

    /// <summary>How far <paramref name="score"/> lies outside the accepted range; 0 inside it.</summary>
    public int DistanceToRange(int score) => score < MinScore ? MinScore - score : Math.Max(0, score - MaxScore);

    /// <summary>A short name for messages, such as <c>Technical #2 (How would you roll out)</c>.</summary>
    public string Describe() => $"{Section} #{Position} ({QuestionStartsWith})";
}
