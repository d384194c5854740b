using AssessAgent.Evals.Comparison;
using AssessAgent.Evals.Gate;
using AssessAgent.Evals.Metrics;
using AssessAgent.Evals.Running;
using Spectre.Console;

namespace AssessAgent.Evals.Output;

/// <summary>The tables a person reads at the terminal: a run's metrics, two runs side by side, a history.</summary>
public static class ConsoleEvalReport
{
    /// <summary>
    /// Every metric of one run, then the cases that failed, flaked or broke an invariance, then the gate.
    /// </summary>
    public static void WriteRun(IAnsiConsole console, EvalRun run, GateResult? gate = null)
    {
        var table = new Table()
            .Title($"Eval {Markup.Escape(run.Metadata.RunId)}")
            .AddColumn("Metric")
            .AddColumn(new TableColumn("Value").RightAligned());
        foreach (var definition in MetricCatalog.All.Where(definition => run.Metrics.ContainsKey(definition.Id)))
        {
            table.AddRow(Markup.Escape(definition.Title), Markup.Escape(definition.Format(run.Metric(definition.Id))));
        }

        console.Write(table);
        WriteCacheLine(console, run.Metadata);
        WriteProblems(console, run);
        WriteGate(console, gate);
    }

    /// <summary>
    /// Each metric of both runs with the difference, coloured by whether it is better, then the moved cases.
    /// </summary>
    public static void WriteComparison(IAnsiConsole console, RunComparison comparison, GateResult? gate = null)
    {
        var table = new Table()
            .AddColumn("Metric")
            .AddColumn(new TableColumn(Markup.Escape(comparison.Baseline.Metadata.Label)).RightAligned())
            .AddColumn(new TableColumn(Markup.Escape(comparison.Candidate.Metadata.Label)).RightAligned())
            .AddColumn(new TableColumn("Δ").RightAligned());
        foreach (var change in comparison.Metrics)
        {
            var color = ChangeColor(change.Change);
            table.AddRow(
                Markup.Escape(change.Definition.Title),
                Markup.Escape(change.Definition.Format(change.Baseline)),
                Markup.Escape(change.Definition.Format(change.Candidate)),
                $"[{color}]{Markup.Escape(change.Definition.FormatDelta(change.Baseline, change.Candidate))}[/]");
        }

        console.Write(table);
        WriteCacheLine(console, comparison.Candidate.Metadata);
        WriteCaseChanges(console, "Better", "green", comparison.Improved);
        WriteCaseChanges(console, "Worse", "red", comparison.Regressed);
        WriteGate(console, gate);
    }

    /// <summary>Each headline metric over the saved runs: first, last, change and a sparkline.</summary>
    public static void WriteHistory(IAnsiConsole console, RunHistory history)
    {
        if (history.Runs.Count == 0)
        {
            console.MarkupLine("No saved runs yet; 'assessagent eval' saves one under evals/results.");
            return;
        }

        var table = new Table()
            .Title($"{history.Runs.Count} runs, " +
                $"{Markup.Escape(history.Runs[0].RunId)} to {Markup.Escape(history.Runs[^1].RunId)}")
            .AddColumn("Metric")
            .AddColumn(new TableColumn("First").RightAligned())
            .AddColumn(new TableColumn("Last").RightAligned())
            .AddColumn(new TableColumn("Change").RightAligned())
            .AddColumn("Trend");
        foreach (var series in history.Series)
        {
            var present = series.Values.OfType<double>().ToList();
            var first = present.Count > 0 ? present[0] : (double?)null;
            var last = present.Count > 0 ? present[^1] : (double?)null;
            var color = ChangeColor(series.Definition.CompareChange(first, last));
            table.AddRow(
                Markup.Escape(series.Definition.Title),
                Markup.Escape(series.Definition.Format(first)),
                Markup.Escape(series.Definition.Format(last)),
                $"[{color}]{Markup.Escape(series.Definition.FormatDelta(first, last))}[/]",
                Markup.Escape(series.Sparkline()));
        }

        console.Write(table);
    }

    private static string ChangeColor(int change) => change switch { > 0 => "green", < 0 => "red", _ => "grey" };

    private static void WriteCacheLine(IAnsiConsole console, RunMetadata metadata)
    {
        if (metadata.CacheHitRate is { } rate)
        {
            console.MarkupLine($"Response cache hit rate: {rate * 100:0.0}%");
        }
    }

    private static void WriteProblems(IAnsiConsole console, EvalRun run)
    {
        foreach (var failed in run.Cases.Where(result => result.Error is not null))
        {
            console.MarkupLine($"[red]Failed[/] {Markup.Escape(failed.Name)}: {Markup.Escape(failed.Error!)}");
        }

        foreach (var flaky in run.Cases.Where(result => result.Stability is { Stable: false }))
        {
            var spread = flaky.Stability!.ScoreSpreads.OfType<int>().DefaultIfEmpty(0).Max();
            console.MarkupLine(
                $"[yellow]Flaky[/] {Markup.Escape(flaky.Name)}: scores spread up to {spread} points over " +
                $"{flaky.Stability.Repeats} runs");
        }

        var violations = run.Cases.SelectMany(result => result.Invariance.SelectMany(check =>
            check.Violations.Select(message => (result.Name, check.Kind, Message: message))));
        foreach (var violation in violations)
        {
            console.MarkupLine(
                $"[yellow]{violation.Kind}[/] {Markup.Escape(violation.Name)}: {Markup.Escape(violation.Message)}");
        }
    }

    private static void WriteCaseChanges(
        IAnsiConsole console,
        string heading,
        string color,
        IEnumerable<CaseChange> changes)
    {
        foreach (var change in changes)
        {
            console.MarkupLine($"[{color}]{heading}[/] {Markup.Escape(change.Name)} " +
                $"({change.Baseline * 100:0}% → {change.Candidate * 100:0}% of checks)");
            foreach (var detail in change.Details)
            {
                console.MarkupLine($"    {Markup.Escape(detail)}");
            }
        }
    }

    private static void WriteGate(IAnsiConsole console, GateResult? gate)
    {
        if (gate is null)
        {
            return;
        }

        if (gate.Passed)
        {
            console.MarkupLine("[green]Gate passed.[/]");
            return;
        }

        foreach (var violation in gate.Violations)
        {
            console.MarkupLine($"[red]Gate:[/] {Markup.Escape(violation.Message)}");
        }
    }
}
