namespace AssessAgent.Evals.Invariance;

/// <summary>The outcome of one invariance check on one case.</summary>
/// <param name="Kind">Which transformation was applied.</param>
/// <param name="Description">What was changed, such as "candidate renamed to Jordan Avery".</param>
/// <param name="Checks">How many scores were compared.</param>
/// <param name="Violations">Each score that moved when it must not have, as a sentence.</param>
public sealed record InvarianceResult(
    InvarianceKind Kind,
    string Description,
    int Checks,
    IReadOnlyList<string> Violations);

/// <summary>The transformations an assessment must be indifferent to.</summary>
public enum InvarianceKind
{
    /// <summary>The candidate's name swapped for another: no score may move.</summary>
    NameSwap,

    /// <summary>The questions in another order: no question's score may move beyond tolerance.</summary>
    Reorder,

    /// <summary>One answer padded with filler: its score must not rise.</summary>
    Padding,

    /// <summary>
    /// The case's answers against its terse twin's (the golden's <c>notHigherThanCase</c>): no answer may outscore
    /// the twin's answer at the same place.
    /// </summary>
    Verbosity,
}
