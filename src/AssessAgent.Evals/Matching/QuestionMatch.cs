using AssessAgent.Assessment;
using AssessAgent.Evals.Goldens;

namespace AssessAgent.Evals.Matching;

/// <summary>A golden question and the report's assessment of it, when the report has one.</summary>
/// <param name="Index">The golden question's 0-based place in interview order.</param>
/// <param name="Golden">What the assessment must say.</param>
/// <param name="Actual">The report's assessment, or <see langword="null"/> when none could be matched.</param>
/// <param name="Problem">
/// Why the match is missing or doubtful, as a sentence; <see langword="null"/> when clean.
/// </param>
public sealed record QuestionMatch(int Index, GoldenQuestion Golden, QuestionAssessment? Actual, string? Problem)
{
    public bool IsMatched => Actual is not null;
}
