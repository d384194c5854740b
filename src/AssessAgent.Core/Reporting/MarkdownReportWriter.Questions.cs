using AssessAgent.Assessment;
using Humanizer;

namespace AssessAgent.Reporting;

// The question-by-question breakdown: a heading per section, a heading and a verdict per question.
public sealed partial class MarkdownReportWriter
{
    private static void WriteQuestions(MarkdownDocument document, AssessmentReport report)
    {
        document.Heading(2, "Question-by-question breakdown");

        foreach (var section in report.Sections)
        {
            document.Heading(3, MarkdownText.Inline(section.Name));

            if (section.Questions.Count == 0)
            {
                document.Paragraph("No questions recorded in this section.");
            }

            for (var index = 0; index < section.Questions.Count; index++)
            {
                WriteQuestion(document, section.Questions[index], index, report.Provenance.Assessor);
            }
        }
    }

    private static void WriteQuestion(
        MarkdownDocument document, QuestionAssessment question, int index, string assessor)
    {
        var id = MarkdownText.Inline(question.QuestionId);
        document.Heading(4, $"{QuestionLabels.Number(index)} ({id}): {ReportText.ScoreWithBand(question.Score)}");

        document.Bullets(Facts(question, assessor));

        document.Paragraph($"**Question:** {MarkdownText.Inline(question.Question)}");
        document.Paragraph("**Answer:**");
        document.Paragraph(string.IsNullOrWhiteSpace(question.Answer)
            ? $"> *{ReportText.NoAnswerRecorded}.*"
            : MarkdownText.Quote(question.Answer));

        WriteFeedback(document, "Strengths", question.Strengths);
        WriteFeedback(document, "Improvements", question.Improvements);

        if (question.Flags.Count > 0)
        {
            document.Paragraph("**Flags:**");
            document.Bullets(question.Flags.Select(flag =>
            {
                var kind = MarkdownText.Inline(flag.Kind.Humanize(LetterCasing.Sentence));
                return $"**{kind}:** {MarkdownText.Inline(flag.Message)}";
            }));
        }
    }

    private static IEnumerable<string> Facts(QuestionAssessment question, string reportAssessor)
    {
        var relevance = question.Relevance;
        var verdict = $"**Relevance:** {ReportText.Relevance(relevance.Label)}.";
        if (!string.IsNullOrWhiteSpace(relevance.Reason))
        {
            verdict += " " + ReportText.EndSentence(MarkdownText.Inline(relevance.Reason));
        }

        if (relevance.AddressesInstead is { Length: > 0 } instead)
        {
            verdict += $" Seems to answer: \"{MarkdownText.Inline(instead)}\"";
        }

        yield return verdict;

        if (question.Timestamps is { } timestamps)
        {
            yield return $"**Time:** {ReportText.Span(timestamps)}";
        }

        if (question.Weight != 1)
        {
            yield return $"**Weight:** {question.Weight:0.##} (counts {question.Weight:0.##} times in its section)";
        }

        if (question.PreviouslyReportedScore is { } previous)
        {
            yield return $"**Previously reported score:** {previous}/100 in the earlier report";
        }

        if (!string.Equals(question.AssessedBy, reportAssessor, StringComparison.Ordinal))
        {
            yield return $"**Assessed by:** {MarkdownText.Inline(question.AssessedBy)}";
        }
    }

    private static void WriteFeedback(MarkdownDocument document, string heading, IReadOnlyList<Feedback> feedback)
    {
        if (feedback.Count == 0)
        {
            document.Paragraph($"**{heading}:** none identified.");
            return;
        }

        document.Paragraph($"**{heading}:**");
        document.Bullets(feedback.Select(item => item.Evidence is { Length: > 0 } evidence
            ? $"{MarkdownText.Inline(item.Text)} Evidence: \"{MarkdownText.Inline(evidence)}\""
            : MarkdownText.Inline(item.Text)));
    }
}
