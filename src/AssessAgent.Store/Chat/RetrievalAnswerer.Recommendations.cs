using System.Globalization;
using System.Text;
using AssessAgent.Store.Queries;

namespace AssessAgent.Store.Chat;

public sealed partial class RetrievalAnswerer
{
    private const int RecommendationListed = 50;

    /// <summary>
    /// Answers "which (how many) candidates were inconclusive / got a hire recommendation" by listing the stored
    /// assessments with that recommendation: a structured query, so the count is every match, not search hits.
    /// </summary>
    private async Task<ChatAnswer> ListByRecommendationAsync(
        RecommendationQuestion question,
        CancellationToken cancellationToken)
    {
        var filter = new AssessmentFilter { Recommendation = question.Decision };
        var page = await store.ListAsync(new AssessmentQuery(filter, Take: RecommendationListed), cancellationToken);
        if (page.TotalCount == 0)
        {
            var all = await store.ListAsync(new AssessmentQuery(AssessmentFilter.All, Take: 0), cancellationToken);

            return all.TotalCount == 0
                ? Plain("The store has no evidence for that: it holds no assessments yet.")
                : new ChatAnswer(
                    $"No stored assessment has the recommendation {question.Decision} " +
                    $"(the store holds {Count(all.TotalCount, "assessment")}).",
                    [], HasEvidence: true, AnsweredBy);
        }

        var candidates = page.Items.Select(item => item.Candidate).Where(name => name is not null)
            .Distinct(StringComparer.OrdinalIgnoreCase).Count();
        var shown = page.TotalCount > page.Items.Count
            ? string.Create(CultureInfo.InvariantCulture, $", the newest {page.Items.Count}")
            : page.Items.Count > 1 ? $", of {Count(candidates, "named candidate")}" : string.Empty;
        var verb = page.TotalCount == 1 ? "has" : "have";
        var text = new StringBuilder(
            $"{Count(page.TotalCount, "stored assessment")} {verb} the recommendation {question.Decision}{shown}:\n");
        foreach (var item in page.Items)
        {
            AppendListed(text, item);
        }

        var citations = page.Items.Select(item => new Citation(item.Id, item.Candidate)).ToList();
        return new ChatAnswer(text.ToString().TrimEnd(), citations, HasEvidence: true, AnsweredBy);
    }
}
