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

    /// <summary>The score of a question from which it counts as a strength of the interview.</summary>
    /// <value>70, the Good band.</value>
    [Range(0, 100)]
    public int StrengthScore { get; set; } = 70;

    /// <summary>The score of an answered question below which it counts as an area for improvement.</summary>
    /// <value>50, below the Fair band.</value>
    [Range(0, 100)]
    public int WeaknessScore { get; set; } = 50;
}
