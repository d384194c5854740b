namespace AssessAgent.Store.Search;

/// <summary>What to search for and where.</summary>
/// <param name="Text">The words or question to search for.</param>
/// <param name="Filter">Which assessments to search; <see langword="null"/> searches all.</param>
/// <param name="Limit">How many hits to return at most. Defaults to 10.</param>
/// <param name="MinimumSimilarity">
/// The cosine similarity below which an embedding match is not evidence. Defaults to 0.3, where MiniLM's
/// unrelated sentences end.
/// </param>
/// <param name="Mode">Which rankings to fuse. Defaults to both.</param>
public sealed record SearchRequest(
    string Text,
    AssessmentFilter? Filter = null,
    int Limit = 10,
    double MinimumSimilarity = 0.3,
    SearchMode Mode = SearchMode.Hybrid);
