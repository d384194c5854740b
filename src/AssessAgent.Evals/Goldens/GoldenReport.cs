using AssessAgent.Assessment;

namespace AssessAgent.Evals.Goldens;

/// <summary>
/// What a careful interviewer expects the assessment of one eval case to say, as evals/README.md describes it and
/// schemas/golden-report.schema.json defines it.
/// </summary>
/// <param name="Case">The case file's name in <c>evals/cases/</c>.</param>
/// <param name="Description">What the case is and what it tests.</param>
/// <param name="InputFormat">The case's input format, when the golden names it.</param>
/// <param name="Candidate">The candidate's name as a reader must read it, when recorded.</param>
/// <param name="Tags">Labels to select cases by.</param>
/// <param name="Recommendations">Every hiring decision a careful interviewer accepts.</param>
/// <param name="Misaligned">Whether the report's diagnosis must call the transcript misaligned.</param>
/// <param name="NotHigherThanCase">A terse twin case no answer of this case may outscore.</param>
/// <param name="Questions">Every question in interview order.</param>
/// <param name="HumanScores">The human interviewers' own verdict, for calibration.</param>
/// <param name="Notes">Anything else.</param>
public sealed record GoldenReport(
    string Case,
    string Description,
    string? InputFormat,
    string? Candidate,
    IReadOnlyList<string>? Tags,
    IReadOnlyList<HiringDecision> Recommendations,
    bool Misaligned,
    string? NotHigherThanCase,
    IReadOnlyList<GoldenQuestion> Questions,
    GoldenHumanScores? HumanScores,
    string? Notes);

/// <summary>The human interviewers' own recommendation and per-question scores, in interview order.</summary>
/// <param name="Recommendation">The recommendation the interviewers agreed on.</param>
/// <param name="Scores">One score per golden question, <see langword="null"/> where they gave none.</param>
/// <param name="Raters">Who scored, by role.</param>
public sealed record GoldenHumanScores(HiringDecision Recommendation, IReadOnlyList<int?> Scores, string? Raters);
