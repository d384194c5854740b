using System.ComponentModel.DataAnnotations;

namespace AssessAgent.Assessment.Offline;

/// <summary>
/// How <see cref="OfflineRecommendationWriter"/> turns the interview's weighted score into a decision, and how
/// sure it says it is. Calibrated on the eval goldens' accepted recommendations (see <c>docs/scoring.md</c>).
/// </summary>
public sealed class RecommendationOptions
{
    /// <summary>The interview score from which the recommendation is Strong Hire.</summary>
    /// <value>85, the Excellent band.</value>
    [Range(0, 100)]
    public int StrongHireScore { get; set; } = 85;

    /// <summary>The interview score from which the recommendation is Hire.</summary>
    /// <value>66: the calibration set's Hire cases scored 67-75 and its Lean Hire cases 58-63.</value>
    [Range(0, 100)]
    public int HireScore { get; set; } = 66;

    /// <summary>The interview score from which the recommendation is Lean Hire.</summary>
    /// <value>55.</value>
    [Range(0, 100)]
    public int LeanHireScore { get; set; } = 55;

    /// <summary>The interview score from which the recommendation is Lean No Hire; below it, No Hire.</summary>
    /// <value>38.</value>
    [Range(0, 100)]
    public int LeanNoHireScore { get; set; } = 38;

    /// <summary>How many answered questions a decision needs; with fewer, the recommendation is Inconclusive.</summary>
    /// <value>3.</value>
    [Range(1, 100)]
    public int MinimumAnsweredQuestions { get; set; } = 3;

    /// <summary>
    /// The confidence a decisive recommendation (Strong Hire, Hire, No Hire) needs; below it the decision leans
    /// (Lean Hire, Lean No Hire), since a firm word at low confidence contradicts itself.
    /// </summary>
    /// <value>
    /// 0.45: three consistent answers away from a threshold reach it; an interview whose scores scatter over the
    /// scale, or that sits at a threshold, does not.
    /// </value>
    [Range(0.0, 1.0)]
    public double DecisiveConfidence { get; set; } = 0.45;

    /// <summary>The score of a question from which it counts as a strength of the interview.</summary>
    /// <value>70, the Good band.</value>
    [Range(0, 100)]
    public int StrengthScore { get; set; } = 70;

    /// <summary>The score of an answered question below which it counts as an area for improvement.</summary>
    /// <value>50, below the Fair band.</value>
    [Range(0, 100)]
    public int WeaknessScore { get; set; } = 50;
}
