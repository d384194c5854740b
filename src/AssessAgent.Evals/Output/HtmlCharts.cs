using System.Globalization;
using System.Text;
using AssessAgent.Evals.Comparison;
using AssessAgent.Evals.Metrics;

namespace AssessAgent.Evals.Output;

/// <summary>The inline SVG charts of the HTML report.</summary>
internal static class HtmlCharts
{
    private const int Width = 360;
    private const int BarHeight = 18;

    /// <summary>One metric's value in each run, as horizontal bars on the metric's own scale.</summary>
    public static string Metric(MetricDefinition definition, IReadOnlyList<(string Run, double? Value)> values)
    {
        var scale = Scale(definition, values.Select(value => value.Value));
        var height = values.Count * (BarHeight + 6) + 6;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"metric-chart\" data-metric=\"{definition.Id}\" width=\"{Width}\" height=\"{height}\" " +
            $"viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-label=\"{Svg.Escape(definition.Title)}\">");

        for (var i = 0; i < values.Count; i++)
        {
            var (run, value) = values[i];
            var y = 6 + i * (BarHeight + 6);
            Svg.Text(svg, 0, y + 13, run);
            Svg.Rect(svg, 90, y, 180, BarHeight, "track");
            if (value is { } number)
            {
                var fraction = scale.Low == scale.High ? 1 : (number - scale.Low) / (scale.High - scale.Low);
                Svg.Rect(svg, 90, y, 180 * Math.Clamp(fraction, 0, 1), BarHeight, $"bar run-{i}",
                    $"{run}: {definition.Format(number)}");
            }

            Svg.Text(svg, Width - 2, y + 13, definition.Format(value), "value", "end");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>Per question, the golden's accepted range as a band and the actual score as a dot, on 0-100.</summary>
    public static string Ranges(CaseResult result)
    {
        const int left = 150, plot = 400;
        var height = result.Questions.Count * 22 + 24;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"range-chart\" data-case=\"{Svg.Escape(result.Name)}\" width=\"{left + plot + 20}\" " +
            $"height=\"{height}\" viewBox=\"0 0 {left + plot + 20} {height}\" role=\"img\" " +
            $"aria-label=\"Golden ranges and actual scores of {Svg.Escape(result.Name)}\">");

        foreach (var tick in new[] { 0, 25, 50, 70, 85, 100 })
        {
            var x = left + plot * tick / 100.0;
            svg.Append(CultureInfo.InvariantCulture,
                $"<line class=\"tick\" x1=\"{Svg.Number(x)}\" y1=\"0\" x2=\"{Svg.Number(x)}\" y2=\"{height - 16}\"/>");
            Svg.Text(svg, x, height - 4, tick.ToString(CultureInfo.InvariantCulture), "axis", "middle");
        }

        foreach (var question in result.Questions)
        {
            var y = 4 + question.Index * 22;
            Svg.Text(svg, 0, y + 12, $"{question.Section} #{question.Position}");
            var rangeX = left + plot * question.ScoreMin / 100.0;
            var rangeWidth = plot * (question.ScoreMax - question.ScoreMin) / 100.0 + 2;
            Svg.Rect(svg, rangeX, y + 2, rangeWidth, 12, "golden-range",
                $"golden {question.ScoreMin}-{question.ScoreMax}");
            if (question.ActualScore is { } score)
            {
                var inOrOut = question.InRange ? "in" : "out";
                svg.Append(CultureInfo.InvariantCulture,
                    $"<circle class=\"score {inOrOut}\" cx=\"{Svg.Number(left + plot * score / 100.0)}\" " +
                    $"cy=\"{y + 8}\" r=\"5\"><title>{score} ({question.ActualRelevance})</title></circle>");
            }
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>
    /// Each case's change in quality between two runs, as bars right (better) or left (worse) of zero.
    /// </summary>
    public static string CaseDifferences(IReadOnlyList<CaseChange> changes)
    {
        const int left = 230, half = 150;
        var height = changes.Count * 20 + 8;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"case-diff-chart\" width=\"{left + 2 * half + 60}\" height=\"{height}\" " +
            $"viewBox=\"0 0 {left + 2 * half + 60} {height}\" role=\"img\" aria-label=\"Per-case differences\">");
        svg.Append(CultureInfo.InvariantCulture,
            $"<line class=\"tick\" x1=\"{left + half}\" y1=\"0\" x2=\"{left + half}\" y2=\"{height}\"/>");

        for (var i = 0; i < changes.Count; i++)
        {
            var change = changes[i];
            var y = 4 + i * 20;
            var width = half * Math.Clamp(Math.Abs(change.Delta), 0, 1);
            var x = change.Delta >= 0 ? left + half : left + half - width;
            Svg.Text(svg, 0, y + 12, change.Name);
            Svg.Rect(svg, x, y, width, 14, change.Delta > 0 ? "better" : change.Delta < 0 ? "worse" : "same",
                $"{change.Name}: {change.Baseline:P0} to {change.Candidate:P0}");
            Svg.Text(svg, left + 2 * half + 58, y + 12, $"{change.Delta * 100:+0;-0;0} pt", "value", "end");
        }

        return svg.Append("</svg>").ToString();
    }

    private static (double Low, double High) Scale(MetricDefinition definition, IEnumerable<double?> values)
    {
        var present = values.OfType<double>().ToList();
        var highest = present.Count == 0 ? 1 : Math.Max(present.Max(), 1e-9);

        return definition.Unit switch
        {
            MetricUnit.Share => (0, 1),
            MetricUnit.Coefficient => (-1, 1),
            _ => (Math.Min(0, present.DefaultIfEmpty(0).Min()), highest),
        };
    }
}
