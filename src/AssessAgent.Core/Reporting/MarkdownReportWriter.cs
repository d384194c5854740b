using AssessAgent.Assessment;

namespace AssessAgent.Reporting;

/// <summary>
/// Writes a report as Markdown for people: the header, the summary and score breakdown, the findings, what is
/// wrong with the transcript, every question's verdict, the recommendation, the checker's findings and how the
/// report was made. docs/report-format.md describes the layout. Missing data reads "not recorded".
/// </summary>
public sealed partial class MarkdownReportWriter : IReportWriter
{
    /// <inheritdoc/>
    public ReportFormat Format => ReportFormat.Markdown;

    /// <inheritdoc/>
    public string FileExtension => ".md";

    /// <inheritdoc/>
    public void Write(AssessmentReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);

        var document = new MarkdownDocument(output);
        var labels = new QuestionLabels(report);

        WriteHeader(document, report);
        WriteCheckerWarning(document, report.CheckerFindings);
        WriteSummary(document, report);
        WriteScoreBreakdown(document, report);
        WriteFindings(document, "Key strengths", report.KeyStrengths, labels);
        WriteFindings(document, "Areas for improvement", report.AreasForImprovement, labels);
        WriteDiagnosis(document, report, labels);

        WriteQuestions(document, report);

        WriteRecommendation(document, report.Recommendation);
        WriteNextSteps(document, report.Recommendation);
        WritePreviousVerdict(document, report.PreviouslyReported);
        WriteCheckerFindings(document, report.CheckerFindings, labels);
        WriteProvenance(document, report.Provenance);
    }

    private static void WriteHeader(MarkdownDocument document, AssessmentReport report)
    {
        var header = report.Header;
        var title = header.Candidate is { Length: > 0 } candidate
            ? $"Interview assessment: {MarkdownText.Inline(candidate)}"
            : "Interview assessment";
        document.Heading(1, title);

        document.Table(
            ["Field", "Value"],
            [
                ["Candidate", Cell(header.Candidate)],
                ["Position", Cell(header.Position)],
                ["Interview date", ReportText.Date(header.InterviewDate)],
                ["Duration", ReportText.Duration(header.Duration)],
                ["Source", Source(header)],
                ["Recommendation", RecommendationInBrief(report.Recommendation)],
            ]);
    }

    // A reader who stops at the top must still learn that the report contradicts itself somewhere.
    private static void WriteCheckerWarning(MarkdownDocument document, IReadOnlyList<CheckerFinding> findings)
    {
        if (findings.Count > 0)
        {
            document.Paragraph(
                $"**Check before relying on this report:** the report checker found "
                + $"{ReportText.Count(findings.Count, "problem")} in it (see Checker findings).");
        }
    }

    private static void WriteSummary(MarkdownDocument document, AssessmentReport report)
    {
        document.Heading(2, "Executive summary");
        document.Paragraph(string.IsNullOrWhiteSpace(report.ExecutiveSummary)
            ? "No summary recorded."
            : MarkdownText.Paragraphs(report.ExecutiveSummary));
    }

    private static void WriteScoreBreakdown(MarkdownDocument document, AssessmentReport report)
    {
        document.Heading(2, "Score breakdown");

        var rows = report.Sections
            .Select(section => (IReadOnlyList<string>)
            [
                MarkdownText.Cell(section.Name),
                ReportText.Count(section.Questions.Count, "question"),
                $"{section.Score}/100",
                ReportText.Band(section.Band),
            ])
            .ToList();

        var questionCount = ReportText.Count(report.AllQuestions.Count(), "question");
        rows.Add(ReportScores.Overall(report) is { } overall and >= 0 and <= 100
            ? ["**Overall**", questionCount, $"**{overall}/100**", $"**{ReportText.Band(ScoreBands.For(overall))}**"]
            : ["**Overall**", questionCount, "not scored", "not scored"]);

        document.Table(["Section", "Questions", "Score", "Band"], rows);
    }

    private static void WriteFindings(
        MarkdownDocument document, string heading, IReadOnlyList<Finding> findings, QuestionLabels labels)
    {
        document.Heading(2, heading);

        if (findings.Count == 0)
        {
            document.Paragraph("None identified.");
            return;
        }

        document.Bullets(findings.Select(finding =>
        {
            var shownIn = finding.QuestionIds.Count > 0 ? $" (shown in {labels.List(finding.QuestionIds)})" : "";
            return $"**{MarkdownText.Inline(finding.Title)}:** {MarkdownText.Inline(finding.Detail)}{shownIn}";
        }));
    }

    private static string Source(ReportHeader header)
    {
        var format = string.Equals(header.SourceFormat, "unknown", StringComparison.OrdinalIgnoreCase)
            ? null
            : MarkdownText.Cell(header.SourceFormat);

        return (header.SourcePath, format) switch
        {
            ({ Length: > 0 } path, { } known) => $"{MarkdownText.Code(path).Replace("|", "\\|")} ({known})",
            ({ Length: > 0 } path, null) => MarkdownText.Code(path).Replace("|", "\\|"),
            (_, { } known) => $"{ReportText.NotRecorded} (read as {known})",
            _ => ReportText.NotRecorded,
        };
    }

    private static string RecommendationInBrief(HiringRecommendation recommendation)
    {
        var confidence = ReportText.Percentage(recommendation.Confidence);

        return $"{ReportText.Decision(recommendation.Decision)} ({confidence} confidence)";
    }

    private static string Cell(string? text) =>
        string.IsNullOrWhiteSpace(text) ? ReportText.NotRecorded : MarkdownText.Cell(text);
}
