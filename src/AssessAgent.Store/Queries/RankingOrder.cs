namespace AssessAgent.Store.Queries;

/// <summary>Which end of a ranking comes first.</summary>
public enum RankingOrder
{
    /// <summary>The highest score first: "best", "highest", "strongest".</summary>
    Best,

    /// <summary>The lowest score first: "worst", "lowest", "weakest".</summary>
    Worst,
}
