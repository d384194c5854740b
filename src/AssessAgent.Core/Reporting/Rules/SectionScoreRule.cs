using AssessAgent.Assessment;

namespace AssessAgent.Reporting.Rules;

/// <summary>Flags a section whose score is not the weighted mean of its questions' scores.</summary>
public sealed class SectionScoreRule : IReportRule
{
    /// <inheritdoc/>
    public string Id => "section-score-not-weighted-mean";

    /// <inheritdoc/>
    public string Description =>
        "A section's score differs by a point or more from the weighted mean of its questions' scores.";

    /// <inheritdoc/>
    public IEnumerable<CheckerFinding> Check(AssessmentReport report)
    {
        foreach (var section in report.Sections)
        {
            var totalWeight = section.Questions.Sum(question => question.Weight);
            if (totalWeight <= 0)
            {
                continue;
            }

            // Any rounding of the exact mean (half up, half to even, down) stays within one point of it.
            var mean = section.Questions.Sum(question => question.Weight * question.Score) / totalWeight;
            if (Math.Abs(section.Score - mean) >= 1)
            {
                yield return new CheckerFinding(
                    Id,
                    $"The section {section.Name} scores {section.Score} but the weighted mean of its questions is "
                    + $"{mean:0.#}.");
            }
        }
    }
}
