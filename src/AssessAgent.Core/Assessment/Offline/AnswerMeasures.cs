using AssessAgent.Transcripts;

namespace AssessAgent.Assessment.Offline;

/// <summary>How well one key point is covered, and the sentence of the answer that covers it best.</summary>
/// <param name="Point">The key point, from the rubric or from the question's own wording.</param>
/// <param name="Credit">Between 0 and 1.</param>
/// <param name="Evidence">The answer's sentence closest to the point, when the answer has one.</param>
internal sealed record KeyPointCoverage(RubricKeyPoint Point, double Credit, string? Evidence);

/// <summary>The three parts of an offline score, each between 0 and 1, with the evidence behind them.</summary>
internal sealed record AnswerMeasures(
    double Relevance,
    double Coverage,
    double Specificity,
    IReadOnlyList<KeyPointCoverage> KeyPoints,
    string? MostConcreteSentence,
    int HedgeCount)
{
    /// <summary>What kind of answer the question asks for.</summary>
    public QuestionKind Kind { get; init; } = QuestionKind.General;

    /// <summary>
    /// For a question answered by its form, the sentence that shows the form (a question asked back, a
    /// self-introduction, a past event), when the answer has one.
    /// </summary>
    public string? FormEvidence { get; init; }
}
