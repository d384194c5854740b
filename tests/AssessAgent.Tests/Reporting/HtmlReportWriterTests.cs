using System.Text.RegularExpressions;
using AssessAgent.Assessment;
using AssessAgent.Reporting;
using AssessAgent.Reporting.Rules;

namespace AssessAgent.Tests.Reporting;

public sealed partial class HtmlReportWriterTests
{
    [Fact]
    public void Write_CompleteReport_IsOneSelfContainedPage()
    {
        var html = Write(SampleReports.Complete());

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<title>Interview assessment: Alex Thompson</title>", html, StringComparison.Ordinal);
        Assert.Contains("<style>", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        foreach (var external in new[] { "<script", "<link", "src=", "@import", "url(", "http:", "https:" })
        {
            Assert.DoesNotContain(external, html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Write_CompleteReport_HasTheMarkdownReportsSectionsInOrder()
    {
        var report = SampleReports.Complete();

        var htmlHeadings = Level2Heading().Matches(Write(report)).Select(match => match.Groups[1].Value);
        var markdownHeadings = new MarkdownReportWriter().WriteToString(report)
            .Split('\n')
            .Where(line => line.StartsWith("## ", StringComparison.Ordinal))
            .Select(line => line[3..]);

        Assert.Equal(markdownHeadings, htmlHeadings);
    }

    [Fact]
    public void Write_AnswerHoldingHtml_PrintsItAsText()
    {
        var report = SampleReports.Complete().WithQuestion("screening-1", q => q with
        {
            Answer = "<script>alert('hired')</script> <b>bold</b>",
        });

        var html = Write(report);

        Assert.Contains("&lt;script&gt;alert('hired')&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_MinimalReport_SaysNotRecordedAndPrintsNoPlaceholder()
    {
        var html = Write(SampleReports.Minimal());

        var text = Tag().Replace(html[html.IndexOf("<main", StringComparison.Ordinal)..], " ");

        Assert.Contains("<title>Interview assessment</title>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Candidate</td>\n<td>not recorded</td>", html, StringComparison.Ordinal);
        Assert.Contains("No answer recorded.", text, StringComparison.Ordinal);
        Assert.Null(PlaceholderTextRule.FindPlaceholder(text, isQuote: false));
    }

    [Fact]
    public void Write_MisalignedReport_StatesTheMisalignmentAndTheInconclusiveDecision()
    {
        var html = Write(SampleReports.Misaligned());

        Assert.Contains("<main class=\"report decision-inconclusive\">", html, StringComparison.Ordinal);
        Assert.Contains(
            "<strong>The answers address other questions than the ones asked:</strong>",
            html,
            StringComparison.Ordinal);
        Assert.Contains("<li><strong>Decision:</strong> Inconclusive</li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Writers_ForHtml_GiveTheHtmlWriter()
    {
        var writer = ReportWriters.For(ReportFormat.Html);

        Assert.IsType<HtmlReportWriter>(writer);
        Assert.Equal(".html", writer.FileExtension);
    }

    private static string Write(AssessmentReport report) => new HtmlReportWriter().WriteToString(report);

    [GeneratedRegex("<h2 id=\"[^\"]*\">([^<]*)</h2>")]
    private static partial Regex Level2Heading();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
