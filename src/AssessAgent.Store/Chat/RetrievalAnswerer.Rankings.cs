using System.Globalization;
using System.Text;
using AssessAgent.Assessment;
using AssessAgent.Store.Queries;

namespace AssessAgent.Store.Chat;

public sealed partial class RetrievalAnswerer
{
    private const int RankedShown = 5;

    /// <summary>
    /// Answers "who ... best / worst / highest / lowest ..." from a ranking by stored score: of the answers to the
    /// question the user names, or of the candidates' mean scores when the question names none.
    /// </summary>
    private async Task<ChatAnswer> RankAsync(SuperlativeQuestion superlative, CancellationToken cancellationToken)
    {
        if (superlative.Topic.Length == 0)
        {
            return await RankCandidatesAsync(superlative.Order, cancellationToken);
        }

        var ranking = await queries.RankAnswersAsync(
            new AnswerRankingRequest(superlative.Topic, superlative.Order, Limit: RankedShown), cancellationToken);
        if (ranking is null)
        {
            return Plain($"The store has no evidence for that: no stored question is about \"{superlative.Topic}\".");
        }

        if (ranking.Answers.Count == 0)
        {
            return Plain($"The store has no evidence for that: the stored question \"{ranking.Question}\" has no " +
                "recorded answer.");
        }

        return DescribeRanking(superlative, ranking);
    }

    private static ChatAnswer DescribeRanking(SuperlativeQuestion superlative, AnswerRanking ranking)
    {
        var best = superlative.Order == RankingOrder.Best;
        var top = ranking.Answers[0];
        var citations = ranking.Answers.Select(CitationOf).ToList();

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"{(best ? "Best" : "Worst")} answer to the stored question \"{ranking.Question}\"");
        text.Append(ranking.QuestionVariants > 1
            ? string.Create(CultureInfo.InvariantCulture, $" (asked in {ranking.QuestionVariants} wordings):\n")
            : ":\n");
        text.Append(CultureInfo.InvariantCulture,
            $"{top.Candidate ?? "An unnamed candidate"} {citations[0]} scored {top.Score} ({top.Band}), " +
            $"{Describe(top.Relevance)}.\n");

        if (ranking.CandidateCount == 1)
        {
            text.Append("Only one candidate answered this question, so there is no one to compare them with.\n");
        }

        if (best && top.Relevance == RelevanceLabel.OffTopic)
        {
            text.Append("Even the best answer was judged off-topic: it addresses another question, so no stored " +
                "answer shows what this question asks for.\n");
        }

        text.Append(CultureInfo.InvariantCulture,
            $"Ranked by stored score, {(best ? "highest" : "lowest")} first " +
            $"({Shown(ranking.Answers.Count, ranking.AnswerCount, "answer", superlative.Order)} from " +
            $"{Count(ranking.CandidateCount, "candidate")}):\n");
        foreach (var (answer, index) in ranking.Answers.Select((answer, index) => (answer, index)))
        {
            text.Append(CultureInfo.InvariantCulture,
                $"  {index + 1}. {answer.Candidate ?? "(no name)"} - {answer.Position ?? "(no position)"} " +
                $"{citations[index]}: {answer.Score} ({answer.Band}), {Describe(answer.Relevance)}\n");
        }

        return new ChatAnswer(text.ToString().TrimEnd(), citations, HasEvidence: true, AnsweredBy);
    }

    private async Task<ChatAnswer> RankCandidatesAsync(RankingOrder order, CancellationToken cancellationToken)
    {
        var candidates = (await queries.ListCandidatesAsync(AssessmentFilter.All, cancellationToken))
            .Where(candidate => candidate.MeanScore is not null)
            .ToList();
        if (candidates.Count == 0)
        {
            return Plain("The store has no evidence for that: it holds no scored answers of named candidates.");
        }

        var ranked = order == RankingOrder.Best
            ? candidates.OrderByDescending(candidate => candidate.MeanScore).ToList()
            : candidates.OrderBy(candidate => candidate.MeanScore).ToList();
        var citations = ranked.Take(RankedShown)
            .Select(candidate => new Citation(candidate.LatestAssessmentId, candidate.Candidate))
            .ToList();

        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture,
            $"By mean answer score over all their assessments, {(order == RankingOrder.Best ? "highest" : "lowest")} " +
            $"first ({Shown(citations.Count, ranked.Count, "candidate", order)}; name a question to rank its " +
            $"answers instead):\n"));
        foreach (var (candidate, index) in ranked.Take(RankedShown).Select((candidate, index) => (candidate, index)))
        {
            text.Append(CultureInfo.InvariantCulture,
                $"  {index + 1}. {candidate.Candidate} {citations[index]}: mean {candidate.MeanScore:0.#} over " +
                $"{Count(candidate.AssessmentCount, "assessment")}, latest {candidate.LatestRecommendation}\n");
        }

        return new ChatAnswer(text.ToString().TrimEnd(), citations, HasEvidence: true, AnsweredBy);
    }

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");

    // The heading counts what is listed: "the top 5 of 6 answers" when the list is cut short.
    private static string Shown(int shown, int total, string noun, RankingOrder order) =>
        shown < total
            ? string.Create(CultureInfo.InvariantCulture,
                $"the {(order == RankingOrder.Best ? "top" : "bottom")} {shown} of {Count(total, noun)}")
            : Count(total, noun);

    private static Citation CitationOf(RankedAnswer answer) =>
        new(answer.AssessmentId, answer.Candidate, answer.QuestionId, answer.Question, answer.AskedAt);

    private static string Describe(RelevanceLabel relevance) => relevance switch
    {
        RelevanceLabel.Relevant => "judged relevant",
        RelevanceLabel.PartlyRelevant => "judged partly relevant",
        RelevanceLabel.OffTopic => "judged off-topic",
        _ => "no answer recorded",
    };
}
