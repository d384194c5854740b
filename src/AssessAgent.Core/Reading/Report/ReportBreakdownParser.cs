using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AssessAgent.Reading.Common;
using AssessAgent.Transcripts;

namespace AssessAgent.Reading.Report;

/// <summary>
/// Reads the "Question-by-Question Breakdown" of an old report. Each question block is a "Q1.  66/100" header,
/// a "Score: 66/100 (good). ..." line, "Question:" and "Answer:" parts, then "Strengths:" and "Improvements:"
/// lines that judge the answer and are not part of it. A section heading is a short line right before a block's
/// header. An answer runs over lines and blank lines (PDF page breaks) until one of those judging lines, the next
/// block or section, or the recommendation.
/// </summary>
internal sealed partial class ReportBreakdownParser(TranscriptInput input, IReadOnlyList<ReportLine> lines)
{
    private int position = StartOf(lines);
    private string? sectionName;

    public List<QuestionDraft> Parse()
    {
        var drafts = new List<QuestionDraft>();

        while (position < lines.Count && !IsEnd(lines[position].Text))
        {
            var text = lines[position].Text;
            if (ReportLines.QuestionHeaderRegex().Match(text) is { Success: true } header)
            {
                drafts.Add(ReadBlock(header));
                continue;
            }

            if (IsSectionHeading(position))
            {
                sectionName = text;
            }

            position++;
        }

        return drafts;
    }

    private QuestionDraft ReadBlock(Match header)
    {
        var headerLine = lines[position];
        var score = int.Parse(header.Groups["score"].Value, CultureInfo.InvariantCulture);
        string? band = null;
        string? question = null;
        string? answer = null;
        position++;

        while (position < lines.Count && !EndsBlock(position))
        {
            var text = lines[position].Text;
            if (ScoreLineRegex().Match(text) is { Success: true } scoreLine)
            {
                band = scoreLine.Groups["band"].Success ? scoreLine.Groups["band"].Value.Trim() : null;
                position++;
            }
            else if (text.StartsWith("Question:", StringComparison.Ordinal))
            {
                question = ReadPart(text["Question:".Length..], stopAtAnswer: true);
            }
            else if (text.StartsWith("Answer:", StringComparison.Ordinal))
            {
                answer = ReadPart(text["Answer:".Length..], stopAtAnswer: false);
            }
            else
            {
                position++;
            }
        }

        if (string.IsNullOrWhiteSpace(question))
        {
            throw TranscriptReadException.AtLine(input.DisplayPath, headerLine.Number,
                $"the block \"{headerLine.Text}\" has no \"Question:\" line");
        }

        return new QuestionDraft(question, answer, sectionName)
        {
            PreviouslyReported = new PreviousQuestionAssessment(score, band),
        };
    }

    // Joins a part's lines: lines of one paragraph with a space; paragraphs with a blank line, unless the first
    // one stops mid-sentence, which in a PDF means a page break cut it, and then with a space.
    private string ReadPart(string firstLine, bool stopAtAnswer)
    {
        var text = new StringBuilder(firstLine.Trim());
        var pendingBreak = false;
        position++;

        for (; position < lines.Count && !EndsPart(position, stopAtAnswer); position++)
        {
            var line = lines[position].Text;
            if (line.Length == 0)
            {
                pendingBreak = text.Length > 0;
                continue;
            }

            if (text.Length > 0)
            {
                text.Append(pendingBreak && EndsSentence(text) ? "\n\n" : " ");
            }

            text.Append(line);
            pendingBreak = false;
        }

        return text.ToString().Trim();
    }

    private bool EndsPart(int index, bool stopAtAnswer)
    {
        var text = lines[index].Text;

        return EndsBlock(index) || JudgementRegex().IsMatch(text) || ScoreLineRegex().IsMatch(text)
            || (stopAtAnswer && text.StartsWith("Answer:", StringComparison.Ordinal))
            || text.StartsWith("Question:", StringComparison.Ordinal);
    }

    private bool EndsBlock(int index) =>
        IsEnd(lines[index].Text) || ReportLines.QuestionHeaderRegex().IsMatch(lines[index].Text)
        || IsSectionHeading(index);

    // A section heading is a short line, not a label or a sentence, whose next non-blank line is a question
    // header; a short last answer line ("I don't know.") ends like a sentence and so is not taken for one.
    private bool IsSectionHeading(int index)
    {
        var text = lines[index].Text;
        if (text.Length == 0 || text.Contains(':') || text.Split(' ').Length > 4 || text[^1] is '.' or '!'
            || QuestionMarks.Is(text[^1])
            || ReportLines.QuestionHeaderRegex().IsMatch(text))
        {
            return false;
        }

        var next = lines.Skip(index + 1).FirstOrDefault(line => line.Text.Length > 0);

        return next is not null && ReportLines.QuestionHeaderRegex().IsMatch(next.Text);
    }

    private static bool EndsSentence(StringBuilder text) =>
        text[^1] is '.' or '!' or '"' or '\'' or ')' || QuestionMarks.Is(text[^1]);

    private static bool IsEnd(string text) => EndRegex().IsMatch(text);

    private static int StartOf(IReadOnlyList<ReportLine> lines)
    {
        for (var index = 0; index < lines.Count; index++)
        {
            if (ReportLines.IsBreakdownStart(lines[index].Text))
            {
                return index;
            }
        }

        return lines.Count;
    }

    [GeneratedRegex(@"^Score:\s*\d{1,3}\s*/\s*100\s*(?:\((?<band>[^)]*)\))?")]
    private static partial Regex ScoreLineRegex();

    [GeneratedRegex(@"^(?:Strengths?|Improvements?|Areas for Improvement|Weakness(?:es)?)\s*:",
        RegexOptions.IgnoreCase)]
    private static partial Regex JudgementRegex();

    [GeneratedRegex(@"^(?:Hiring Recommendation|Recommendation|Overall Recommendation|Recommended Next Steps)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex EndRegex();
}
