using System.Text;
using AssessAgent.Evals.Comparison;
using AssessAgent.Evals.Gate;
using AssessAgent.Evals.Metrics;
using AssessAgent.Evals.Running;

namespace AssessAgent.Evals.Output;

/// <summary>
/// Writes a run, or two runs side by side, as one self-contained HTML page: styles inline, charts as inline SVG,
/// nothing fetched from the network, so that it opens anywhere and can be attached to a review.
/// </summary>
public static class HtmlEvalReport
{
    /// <summary>
    /// The page for <paramref name="run"/>, compared with <paramref name="comparison"/>'s baseline when given.
    /// </summary>
    public static string Render(EvalRun run, RunComparison? comparison = null, GateResult? gate = null)
    {
        var html = new StringBuilder();
        var title = comparison is null
            ? $"AssessAgent eval {run.Metadata.RunId}"
            : $"AssessAgent eval {comparison.Baseline.Metadata.Label} → {run.Metadata.Label}";

        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<title>").Append(Svg.Escape(title)).Append("</title>")
            .Append("<style>").Append(Styles).Append("</style></head><body>")
            .Append("<h1>").Append(Svg.Escape(title)).Append("</h1>");

        AppendMetadata(html, comparison?.Baseline, run);
        AppendGate(html, gate);
        AppendMetrics(html, run, comparison);
        if (comparison is not null)
        {
            AppendCaseDifferences(html, comparison);
        }

        AppendCases(html, run);

        return html.Append("</body></html>").ToString();
    }

    private static void AppendMetadata(StringBuilder html, EvalRun? baseline, EvalRun run)
    {
        var runs = baseline is null ? [run] : new[] { baseline, run };
        html.Append("<h2>Runs</h2><table class=\"metadata\"><tr><th></th>");
        foreach (var each in runs)
        {
            html.Append("<th>").Append(Svg.Escape(each.Metadata.Label)).Append("</th>");
        }

        html.Append("</tr>");
        foreach (var (name, value) in MetadataRows())
        {
            html.Append("<tr><td>").Append(name).Append("</td>");
            foreach (var each in runs)
            {
                html.Append("<td>").Append(Svg.Escape(value(each.Metadata) ?? "")).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</table>");
    }

    private static IEnumerable<(string Name, Func<RunMetadata, string?> Value)> MetadataRows() =>
    [
        ("Run", metadata => metadata.RunId),
        ("Assessor", metadata => metadata.Assessor),
        ("Prompts", metadata => $"{metadata.PromptVersion} {metadata.PromptHash}".Trim()),
        ("Model", metadata => $"{metadata.Model} {metadata.ModelDigest}".Trim()),
        ("Model options", metadata => JoinSettings(metadata.ModelOptions)),
        ("Git commit", metadata => metadata.GitCommit),
        ("Cases", metadata => metadata.CaseCount.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("Options", metadata => JoinSettings(metadata.Options)),
        ("Cache hit rate", metadata => metadata.CacheHitRate is { } rate ? $"{rate * 100:0.0}%" : "n/a"),
        ("Duration", metadata => $"{metadata.DurationSeconds:0.0} s"),
    ];

    private static string JoinSettings(IReadOnlyDictionary<string, string> settings) =>
        string.Join(", ", settings.Select(setting => $"{setting.Key}={setting.Value}"));

    private static void AppendGate(StringBuilder html, GateResult? gate)
    {
        if (gate is null)
        {
            return;
        }

        if (gate.Passed)
        {
            html.Append("<p class=\"gate passed\">Gate passed.</p>");
            return;
        }

        html.Append("<div class=\"gate failed\"><p>Gate failed:</p><ul>");
        foreach (var violation in gate.Violations)
        {
            html.Append("<li>").Append(Svg.Escape(violation.Message)).Append("</li>");
        }

        html.Append("</ul></div>");
    }

    private static void AppendMetrics(StringBuilder html, EvalRun run, RunComparison? comparison)
    {
        html.Append("<h2>Metrics</h2><div class=\"metrics\">");
        foreach (var definition in MetricCatalog.All)
        {
            var before = comparison?.Baseline.Metric(definition.Id);
            var after = run.Metric(definition.Id);
            if (before is null && after is null)
            {
                continue;
            }

            var values = comparison is null
                ? new List<(string, double?)> { (run.Metadata.Label, after) }
                : [(comparison.Baseline.Metadata.Label, before), (run.Metadata.Label, after)];
            html.Append("<figure class=\"metric\"><figcaption>")
                .Append("<strong>").Append(Svg.Escape(definition.Title)).Append("</strong> ")
                .Append(comparison is null ? "" : DeltaSpan(definition, before, after))
                .Append("<br><small>").Append(Svg.Escape(definition.Description)).Append("</small></figcaption>")
                .Append(HtmlCharts.Metric(definition, values))
                .Append("</figure>");
        }

        html.Append("</div>");
    }

    private static void AppendCaseDifferences(StringBuilder html, RunComparison comparison)
    {
        html.Append("<h2>Cases that moved</h2>")
            .Append(HtmlCharts.CaseDifferences(comparison.Cases))
            .Append("<ul class=\"changes\">");
        foreach (var change in comparison.Cases.Where(change => change.Details.Count > 0))
        {
            html.Append("<li><strong>").Append(Svg.Escape(change.Name)).Append("</strong><ul>");
            foreach (var detail in change.Details)
            {
                html.Append("<li>").Append(Svg.Escape(detail)).Append("</li>");
            }

            html.Append("</ul></li>");
        }

        html.Append("</ul>");
    }

    private static void AppendCases(StringBuilder html, EvalRun run)
    {
        html.Append("<h2>Golden range against actual score</h2>");
        foreach (var result in run.Cases)
        {
            html.Append("<section class=\"case\"><h3>").Append(Svg.Escape(result.Name)).Append("</h3>");
            if (result.Error is not null)
            {
                html.Append("<p class=\"error\">Failed: ").Append(Svg.Escape(result.Error)).Append("</p></section>");
                continue;
            }

            var verdict = result.RecommendationAgrees
                ? " (accepted)"
                : $" (golden accepts {string.Join(", ", result.AcceptedRecommendations)})";
            html.Append("<p>Recommendation ").Append(result.ActualRecommendation?.ToString() ?? "none")
                .Append(verdict)
                .Append(result.Stability is { } stability ? (stability.Stable ? "; stable" : "; flaky") : "")
                .Append("</p>").Append(HtmlCharts.Ranges(result));
            foreach (var violation in result.Invariance.SelectMany(check => check.Violations))
            {
                html.Append("<p class=\"violation\">").Append(Svg.Escape(violation)).Append("</p>");
            }

            html.Append("</section>");
        }
    }

    private static string DeltaSpan(MetricDefinition definition, double? before, double? after) =>
        $"<span class=\"delta {DeltaClass(definition.CompareChange(before, after))}\">" +
        $"{Svg.Escape(definition.FormatDelta(before, after))}</span>";

    private static string DeltaClass(int change) => change > 0 ? "better" : change < 0 ? "worse" : "same";

    private const string Styles =
        "body{font-family:system-ui,sans-serif;margin:2em;color:#222;max-width:1200px}" +
        "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;font-size:90%}" +
        ".metrics{display:flex;flex-wrap:wrap;gap:12px}" +
        ".metric{border:1px solid #ddd;padding:8px;margin:0;width:370px}" +
        ".track{fill:#eee}.bar{fill:#4a7bd0}.bar.run-1{fill:#e0892b}.label,.value,.axis{font-size:11px;fill:#333}" +
        ".golden-range{fill:#9ccf9c}.score.in{fill:#1f6f1f}.score.out{fill:#c62828}.tick{stroke:#ddd}" +
        ".better{fill:#2e7d32;color:#2e7d32}.worse{fill:#c62828;color:#c62828}.same{fill:#999;color:#999}" +
        ".gate.passed{color:#2e7d32}.gate.failed{color:#c62828}.error,.violation{color:#c62828}";
}
