using Humanizer;
using AssessAgent.Assessment;

namespace AssessAgent.Reporting;

// The closing sections: recommendation, next steps, the earlier verdict, checker findings, provenance.
public sealed partial class MarkdownReportWriter
{
    private const string NotUsed = "not used";

    private static void WriteRecommendation(MarkdownDocument document, HiringRecommendation recommendation)
    {
        document.Heading(2, "Hiring recommendation");

        document.Bullets(
        [
            $"**Decision:** {ReportText.Decision(recommendation.Decision)}",
            $"**Confidence:** {ReportText.Percentage(recommendation.Confidence)}",
        ]);
        document.Paragraph(string.IsNullOrWhiteSpace(recommendation.Reasoning)
            ? "**Reasoning:** not recorded."
            : $"**Reasoning:** {MarkdownText.Paragraphs(recommendation.Reasoning)}");
    }

    private static void WriteNextSteps(MarkdownDocument document, HiringRecommendation recommendation)
    {
        document.Heading(2, "Next steps");

        var steps = recommendation.NextSteps.Where(step => !string.IsNullOrWhiteSpace(step)).ToList();
        if (steps.Count == 0)
        {
            document.Paragraph("No next steps recorded.");
            return;
        }

        document.Numbered(steps.Select(MarkdownText.Inline));
    }

    private static void WritePreviousVerdict(MarkdownDocument document, PreviousVerdictComparison? previous)
    {
        if (previous is null)
        {
            return;
        }

        document.Heading(2, "Previously reported verdict");

        var recommendation = string.IsNullOrWhiteSpace(previous.Recommendation)
            ? ReportText.NotRecorded
            : MarkdownText.Inline(previous.Recommendation);
        var confidence = previous.Confidence is { } value ? ReportText.Percentage(value) : ReportText.NotRecorded;
        document.Bullets(
        [
            $"**Earlier recommendation:** {recommendation}",
            $"**Earlier confidence:** {confidence}",
        ]);

        if (previous.Disagreements.Count == 0)
        {
            document.Paragraph("This report does not disagree with the earlier one.");
            return;
        }

        document.Paragraph("**Where this report disagrees:**");
        document.Bullets(previous.Disagreements.Select(MarkdownText.Inline));
    }

    private static void WriteCheckerFindings(
        MarkdownDocument document, IReadOnlyList<CheckerFinding> findings, QuestionLabels labels)
    {
        document.Heading(2, "Checker findings");

        if (findings.Count == 0)
        {
            document.Paragraph("The report checker found no contradictions or defects in this report.");
            return;
        }

        document.Paragraph(
            $"The report checker found {ReportText.Count(findings.Count, "problem")} in this report:");
        document.Bullets(findings.Select(finding =>
        {
            var where = finding.QuestionId is { } id ? $" ({MarkdownText.Inline(labels.For(id))})" : "";
            return $"{MarkdownText.Code(finding.Rule)}{where}: {MarkdownText.Inline(finding.Message)}";
        }));
    }

    private static void WriteProvenance(MarkdownDocument document, Provenance provenance)
    {
        document.Heading(2, "Provenance");

        List<string[]> rows =
        [
            ["Assessor", Cell(provenance.Assessor)],
            ["Model", OrNotUsed(provenance.Model)],
        ];
        rows.AddRange(LanguageModelRows(provenance));
        rows.AddRange(
        [
            ["Embedding model", OrNotUsed(provenance.EmbeddingModel)],
            ["Prompt version", OrNotUsed(provenance.PromptVersion)],
            ["Prompt hash", provenance.PromptHash is { Length: > 0 } hash ? MarkdownText.Code(hash) : NotUsed],
            ["Generated", ReportText.Timestamp(provenance.GeneratedAt)],
            ["Tool version", Cell(provenance.ToolVersion)],
        ]);
        document.Table(["Field", "Value"], rows);

        if (provenance.Notes.Count > 0)
        {
            document.Paragraph("**Notes:**");
            document.Bullets(provenance.Notes.Select(MarkdownText.Inline));
        }
    }

    // Only a report written by a language model has these; an offline report leaves them out rather than
    // printing rows of "not used".
    private static IEnumerable<string[]> LanguageModelRows(Provenance provenance)
    {
        if (provenance.LanguageModel is { } run)
        {
            yield return ["Model digest", OrNotUsed(run.Digest)];
            yield return ["Model server version", OrNotUsed(run.ServerVersion)];
            var options = string.Join(", ", run.Options.OrderBy(option => option.Key, StringComparer.Ordinal)
                .Select(option => $"{option.Key}={option.Value}"));
            yield return ["Model options", options.Length > 0 ? MarkdownText.Code(options) : NotUsed];
        }

        if (provenance.Usage is { } usage)
        {
            yield return ["Model usage", Cell($"{"call".ToQuantity(usage.ModelCalls)}, " +
                $"{usage.PromptTokens:N0} prompt tokens, {usage.CompletionTokens:N0} completion tokens")];
        }
    }

    private static string OrNotUsed(string? text) =>
        string.IsNullOrWhiteSpace(text) ? NotUsed : MarkdownText.Cell(text);
}
