using System.Net;
using AssessAgent.Assessment;
using Markdig;

namespace AssessAgent.Reporting;

/// <summary>
/// Writes a report as one self-contained HTML page for people reading in a browser or printing: the Markdown
/// report rendered by Markdig, inside a page whose styles are inline. It loads nothing from outside (no fonts,
/// scripts or images) and passes no HTML from the report through: transcript text is shown as text.
/// </summary>
public sealed class HtmlReportWriter : IReportWriter
{
    // Raw HTML stays disabled: an answer holding "<script>" must print as text, never run.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoIdentifiers()
        .DisableHtml()
        .Build();

    private readonly MarkdownReportWriter markdownWriter = new();

    /// <inheritdoc/>
    public ReportFormat Format => ReportFormat.Html;

    /// <inheritdoc/>
    public string FileExtension => ".html";

    /// <inheritdoc/>
    public void Write(AssessmentReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);

        var markdown = markdownWriter.WriteToString(report);
        var body = Markdown.ToHtml(markdown, Pipeline);
        var title = string.IsNullOrWhiteSpace(report.Header.Candidate)
            ? "Interview assessment"
            : $"Interview assessment: {report.Header.Candidate.Trim()}";
        var decision = report.Recommendation.Decision.ToString().ToLowerInvariant();

        output.Write(
            $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="AssessAgent {WebUtility.HtmlEncode(report.Provenance.ToolVersion)}">
            <title>{WebUtility.HtmlEncode(title)}</title>
            <style>
            {HtmlReportStyle.Css}
            </style>
            </head>
            <body>
            <main class="report decision-{decision}">
            {body}</main>
            </body>
            </html>

            """.ReplaceLineEndings("\n"));
    }
}
