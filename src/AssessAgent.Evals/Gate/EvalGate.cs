using AssessAgent.Evals.Metrics;
using AssessAgent.Evals.Running;

namespace AssessAgent.Evals.Gate;

/// <summary>Holds a run against the thresholds and, when given, against a baseline run.</summary>
public static class EvalGate
{
    public static GateResult Evaluate(EvalRun run, Thresholds thresholds, EvalRun? baseline = null)
    {
        var violations = new List<GateViolation>();
        var skipped = new List<string>();

        foreach (var (id, limits) in thresholds.Metrics)
        {
            var definition = MetricCatalog.Get(id);
            if (run.Metric(id) is not { } value)
            {
                skipped.Add(id);
                continue;
            }

            CheckLimits(definition, value, limits, violations);
            if (baseline?.Metric(id) is { } before)
            {
                var maxDrop = limits.MaxDrop ?? DefaultDrop(definition, thresholds);
                CheckDrop(definition, before, value, maxDrop, violations);
            }
        }

        return new GateResult(violations, skipped);
    }

    private static void CheckLimits(
        MetricDefinition definition,
        double value,
        MetricThreshold limits,
        List<GateViolation> violations)
    {
        if (limits.Min is { } min && value < min - 1e-9)
        {
            violations.Add(new GateViolation(definition.Id,
                $"{definition.Title} {definition.Format(value)} is below the minimum {definition.Format(min)}"));
        }

        if (limits.Max is { } max && value > max + 1e-9)
        {
            violations.Add(new GateViolation(definition.Id,
                $"{definition.Title} {definition.Format(value)} is above the maximum {definition.Format(max)}"));
        }
    }

    private static void CheckDrop(
        MetricDefinition definition,
        double before,
        double after,
        double? maxDrop,
        List<GateViolation> violations)
    {
        if (maxDrop is not { } allowed || definition.Better == Direction.None)
        {
            return;
        }

        var worsening = definition.Better == Direction.Higher ? before - after : after - before;
        if (worsening > allowed + 1e-9)
        {
            violations.Add(new GateViolation(definition.Id,
                $"{definition.Title} went from {definition.Format(before)} to {definition.Format(after)} against the " +
                $"baseline, more than the allowed {FormatAllowance(definition, allowed)}"));
        }
    }

    private static double? DefaultDrop(MetricDefinition definition, Thresholds thresholds) =>
        definition.Unit == MetricUnit.Share ? thresholds.DefaultMaxDrop : null;

    private static string FormatAllowance(MetricDefinition definition, double allowed) =>
        definition.Unit == MetricUnit.Share ? $"{allowed * 100:0.#} points" : $"{allowed:0.###}";
}
