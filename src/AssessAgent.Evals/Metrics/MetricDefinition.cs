namespace AssessAgent.Evals.Metrics;

/// <summary>What a metric measures, which way is better and how to print it.</summary>
/// <param name="Id">
/// The stable id that saved runs, thresholds and reports use, such as <c>relevanceAccuracy</c>.
/// </param>
/// <param name="Title">A short heading for tables and charts.</param>
/// <param name="Better">Which direction is an improvement.</param>
/// <param name="Unit">How the value reads.</param>
/// <param name="Description">One sentence for the docs and the HTML report.</param>
public sealed record MetricDefinition(string Id, string Title, Direction Better, MetricUnit Unit, string Description)
{
    /// <summary>The value as a person reads it: a share as a percentage, a count as a number.</summary>
    public string Format(double? value) => value switch
    {
        null => "n/a",
        { } share when Unit == MetricUnit.Share => $"{share * 100:0.0}%",
        { } seconds when Unit == MetricUnit.Seconds => $"{seconds:0.00} s",
        { } number when Unit == MetricUnit.Count && number == Math.Round(number) => $"{number:0}",
        { } number => $"{number:0.###}",
    };

    /// <summary>The difference <paramref name="after"/> - <paramref name="before"/>, signed, formatted.</summary>
    public string FormatDelta(double? before, double? after)
    {
        if (before is not { } a || after is not { } b)
        {
            return "";
        }

        var delta = b - a;
        var sign = delta > 0 ? "+" : delta < 0 ? "-" : "±";
        var magnitude = Math.Abs(delta);

        return Unit == MetricUnit.Share ? $"{sign}{magnitude * 100:0.0} pt" : $"{sign}{magnitude:0.###}";
    }

    /// <summary>
    /// Whether moving from <paramref name="before"/> to <paramref name="after"/> is better, worse or neither.
    /// </summary>
    public int CompareChange(double? before, double? after)
    {
        if (before is not { } a || after is not { } b || Better == Direction.None || Math.Abs(b - a) < 1e-9)
        {
            return 0;
        }

        return (b > a) == (Better == Direction.Higher) ? 1 : -1;
    }
}

/// <summary>Which way a metric improves.</summary>
public enum Direction
{
    Higher,
    Lower,
    None,
}

/// <summary>How a metric's value reads.</summary>
public enum MetricUnit
{
    /// <summary>A share between 0 and 1, printed as a percentage.</summary>
    Share,

    /// <summary>A correlation or kappa between -1 and 1.</summary>
    Coefficient,

    /// <summary>Score points.</summary>
    Points,

    Count,

    Seconds,
}
