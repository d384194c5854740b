using AssessAgent.Assessment;

namespace AssessAgent.Reporting;

// The transcript diagnosis block: printed only when the transcript has something wrong with it.
public sealed partial class MarkdownReportWriter
{
    private static void WriteDiagnosis(MarkdownDocument document, AssessmentReport report, QuestionLabels labels)
    {
        var diagnosis = new DiagnosisView(report, labels);
        if (!diagnosis.HasContent)
        {
            return;
        }

        document.Heading(2, "Transcript diagnosis");

        if (diagnosis.Misaligned)
        {
            document.Paragraph(
                $"**The answers address other questions than the ones asked:** {diagnosis.Headline}");
        }
        else if (diagnosis.Headline is { } headline)
        {
            document.Paragraph(headline);
        }

        if (diagnosis.OffTopic.Count > 0)
        {
            document.Bullets(diagnosis.OffTopic.Select(OffTopicLine));
        }

        foreach (var sentence in new[] { diagnosis.NotRecordedSentence, diagnosis.UnansweredSentence })
        {
            if (sentence is not null)
            {
                document.Paragraph(sentence);
            }
        }

        if (diagnosis.Notes.Count > 0)
        {
            document.Bullets(diagnosis.Notes.Select(MarkdownText.Inline));
        }
    }

    private static string OffTopicLine(OffTopicAnswer answer)
    {
        var asks = $"{answer.Label} asks \"{MarkdownText.Inline(answer.Question.Question)}\"";

        return answer.Instead is { Length: > 0 } instead
            ? ReportText.EndSentence($"{asks}; the answer seems to answer \"{MarkdownText.Inline(instead)}\"")
            : ReportText.EndSentence($"{asks}; {LowerFirst(MarkdownText.Inline(answer.Question.Relevance.Reason))}");
    }

    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1])
            ? char.ToLowerInvariant(text[0]) + text[1..]
            : text;
}
