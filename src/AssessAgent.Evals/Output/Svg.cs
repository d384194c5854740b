using System.Globalization;
using System.Net;
using System.Text;

namespace AssessAgent.Evals.Output;

/// <summary>Small helpers for writing inline SVG by hand: numbers in invariant form, text escaped.</summary>
internal static class Svg
{
    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Escape(string text) => WebUtility.HtmlEncode(text);

    public static void Rect(
        StringBuilder svg,
        double x,
        double y,
        double width,
        double height,
        string cssClass,
        string? title = null)
    {
        svg.Append(CultureInfo.InvariantCulture,
            $"<rect class=\"{cssClass}\" x=\"{Number(x)}\" y=\"{Number(y)}\" width=\"{Number(Math.Max(0, width))}\" " +
            $"height=\"{Number(height)}\">");
        if (title is not null)
        {
            svg.Append("<title>").Append(Escape(title)).Append("</title>");
        }

        svg.Append("</rect>");
    }

    public static void Text(
        StringBuilder svg,
        double x,
        double y,
        string text,
        string cssClass = "label",
        string anchor = "start") =>
        svg.Append(CultureInfo.InvariantCulture,
            $"<text class=\"{cssClass}\" x=\"{Number(x)}\" y=\"{Number(y)}\" text-anchor=\"{anchor}\">" +
            $"{Escape(text)}</text>");
}
