using AssessAgent.Assessment;

namespace AssessAgent.Service.Jobs;

/// <summary>Hiring decisions by the names the JSON report uses, such as <c>leanHire</c>.</summary>
public static class DecisionNames
{
    /// <summary>The report's name for the decision.</summary>
    public static string Of(HiringDecision decision)
    {
        var name = decision.ToString();

        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>Every decision's name, for validating a filter.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Enum.GetValues<HiringDecision>().Select(Of)];
}
