namespace AssessAgent.Store.Queries;

/// <summary>How score statistics are grouped.</summary>
public enum StatisticsGrouping
{
    /// <summary>One row per section name.</summary>
    Section,

    /// <summary>One row per section and question id.</summary>
    Question,
}
