namespace AssessAgent.Store.Search;

/// <summary>
/// Finds the stored question a request means, by its text alone (not its answers): each question scores the cosine
/// similarity of its text's embedding to the request's plus the share of the request's words it contains, so that
/// "Redis session" picks the question about Redis sessions over one about a Redis cache. Then it gathers from each
/// other interview the question that is the same in substance, if any: the same words, or a text whose embedding
/// is at least as similar as the given threshold.
/// </summary>
internal static class QuestionMatching
{
    /// <summary>The similarity from which a question's text bears on the request without shared words.</summary>
    public const double MinimumSimilarity = 0.35;

    /// <summary>The share of the request's words a question must contain to match without similar meaning.</summary>
    public const double MinimumCoverage = 0.5;

    public static (StoredQuestion Question, double? Similarity)? Best(
        IReadOnlyList<StoredQuestion> questions,
        string request,
        float[]? requestVector)
    {
        var terms = Stems(request);
        var scored = questions
            .Select(question => (
                Question: question,
                Similarity: requestVector is not null && question.Vector is not null
                    ? CosineSimilarity.Of(requestVector, question.Vector)
                    : (double?)null,
                Coverage: terms.Count == 0 ? 0 : (double)terms.Count(Stems(question.Text).Contains) / terms.Count))
            .Where(item => item.Coverage >= MinimumCoverage || item.Similarity >= MinimumSimilarity)
            .OrderByDescending(item => (item.Similarity ?? 0) + item.Coverage)
            .ThenBy(item => item.Question.Key.AssessmentId, StringComparer.Ordinal)
            .ToList();

        return scored.Count == 0 ? null : (scored[0].Question, scored[0].Similarity);
    }

    public static IReadOnlyList<StoredQuestion> SameInSubstance(
        IReadOnlyList<StoredQuestion> questions,
        StoredQuestion chosen,
        double threshold)
    {
        var text = Normalise(chosen.Text);

        // Two questions of one interview are two questions, however alike they read: the interviewer asked both. So
        // each interview gives at most one question, the closest to the chosen one, and the chosen one's its own.
        return questions
            .Select(question => (
                Question: question,
                Closeness: question.Key == chosen.Key || Normalise(question.Text) == text ? 2.0
                    : chosen.Vector is not null && question.Vector is not null
                        ? CosineSimilarity.Of(chosen.Vector, question.Vector)
                        : 0))
            .Where(item => item.Closeness >= threshold)
            .GroupBy(item => item.Question.Key.AssessmentId, StringComparer.Ordinal)
            .Select(group => group.Key == chosen.Key.AssessmentId
                ? chosen
                : group.MaxBy(item => item.Closeness).Question)
            .ToList();
    }

    private static string Normalise(string text) => string.Join(' ', StemsOf(text));

    private static HashSet<string> Stems(string text) => StemsOf(text).ToHashSet();

    // A plural "s" is dropped so that "sessions" matches "session".
    private static IEnumerable<string> StemsOf(string text) =>
        SearchTerms.Extract(text)
            .Select(word => word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)
                ? word[..^1]
                : word);
}
