using AssessAgent.Assessment;

namespace AssessAgent.Evals.Metrics;

/// <summary>How the report's assessment of one question compares with its golden.</summary>
public sealed record QuestionResult
{
    /// <summary>The golden question's 0-based place in interview order.</summary>
    public required int Index { get; init; }

    public required string Section { get; init; }

    public required int Position { get; init; }

    /// <summary>The golden's first words of the question.</summary>
    public required string Question { get; init; }

    /// <summary>Why the report's question could not be matched or was matched by text; null when clean.</summary>
    public string? MatchProblem { get; init; }

    public bool Matched { get; init; }

    public required RelevanceLabel ExpectedRelevance { get; init; }

    public required IReadOnlyList<RelevanceLabel> AcceptedRelevance { get; init; }

    public RelevanceLabel? ActualRelevance { get; init; }

    public required int ScoreMin { get; init; }

    public required int ScoreMax { get; init; }

    public int? ActualScore { get; init; }

    public required ScoreBand ExpectedBand { get; init; }

    /// <summary>Whether the band of the actual score is one a score inside the accepted range can have.</summary>
    public bool BandAgrees { get; init; }

    public int ThemesExpected { get; init; }

    public IReadOnlyList<string> ThemesMissed { get; init; } = [];

    public int QuotesTotal { get; init; }

    public int QuotesGrounded { get; init; }

    /// <summary>Flag problems: required flags missing, forbidden ones attached; empty when the flags agree.</summary>
    public IReadOnlyList<string> FlagProblems { get; init; } = [];

    /// <summary>Strengths credited to an answer the golden accepts only as off-topic or unanswered.</summary>
    public int UnearnedStrengths { get; init; }

    /// <summary>The human interviewers' score of this answer, when the golden has one.</summary>
    public int? HumanScore { get; init; }

    public bool RelevanceCorrect => ActualRelevance is { } label && AcceptedRelevance.Contains(label);

    /// <summary>The label the answer deserves, taking the report's when the golden accepts it.</summary>
    public RelevanceLabel DeservedRelevance => RelevanceCorrect ? ActualRelevance!.Value : ExpectedRelevance;

    /// <summary>Points outside the accepted range; 0 inside it, null when unmatched.</summary>
    public int? Distance => ActualScore is { } score
        ? score < ScoreMin ? ScoreMin - score : Math.Max(0, score - ScoreMax)
        : null;

    public bool InRange => Distance == 0;

    public int ThemesMatched => ThemesExpected - ThemesMissed.Count;
}
