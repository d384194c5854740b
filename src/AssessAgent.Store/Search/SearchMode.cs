namespace AssessAgent.Store.Search;

/// <summary>Which rankings a search fuses.</summary>
public enum SearchMode
{
    /// <summary>Keywords and meaning, fused by reciprocal rank.</summary>
    Hybrid,

    /// <summary>Keywords alone (full-text search).</summary>
    Keywords,

    /// <summary>Meaning alone (embedding similarity).</summary>
    Meaning,
}
