using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AssessAgent.Reading.Common;
using AssessAgent.Transcripts;

namespace AssessAgent.Reading.Markdown;

/// <summary>
/// The lines below one Markdown question: the answer, and the rubric list when a "Key points:" or "Rubric:" line
/// starts one. A question written as "**Q:**" may go on over several lines until its "**A:**" line.
/// </summary>
internal sealed partial class MarkdownQuestion(string text, bool awaitingAnswerMarker)
{
    private readonly StringBuilder question = new(text);
    private readonly List<string> answerLines = [];
    private readonly List<RubricKeyPoint> keyPoints = [];
    private bool inQuestionText = awaitingAnswerMarker;
    private bool inRubric;

    public void Add(string line)
    {
        if (inQuestionText && TryContinueQuestion(line))
        {
            return;
        }

        if (RubricStartRegex().IsMatch(line))
        {
            inRubric = true;
            return;
        }

        if (inRubric && TryAddKeyPoint(line))
        {
            return;
        }

        inRubric = false;
        answerLines.Add(answerLines.All(string.IsNullOrWhiteSpace) ? StripAnswerMarker(line) : line.TrimEnd());
    }

    public QuestionDraft ToDraft(string? sectionName)
    {
        var answer = string.Join('\n', answerLines).Trim();

        return new QuestionDraft(question.ToString().Trim(), answer.Length > 0 ? answer : null, sectionName)
        {
            Rubric = keyPoints.Count > 0 ? new Rubric(keyPoints) : null,
        };
    }

    // A "**Q:**" question runs on until its "**A:**" line or a blank line.
    private bool TryContinueQuestion(string line)
    {
        if (MarkdownTranscriptReader.AnswerMarkerRegex().IsMatch(line) || string.IsNullOrWhiteSpace(line))
        {
            inQuestionText = false;
            return string.IsNullOrWhiteSpace(line);
        }

        question.Append(' ').Append(MarkdownTranscriptReader.Inline(line));

        return true;
    }

    private bool TryAddKeyPoint(string line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return true;
        }

        var item = ListItemRegex().Match(line);
        if (!item.Success)
        {
            return false;
        }

        var pointText = MarkdownTranscriptReader.Inline(item.Groups["text"].Value);
        var weight = WeightRegex().Match(pointText);
        if (weight.Success)
        {
            pointText = pointText[..weight.Index].Trim();
        }

        var value = weight.Success ? double.Parse(weight.Groups["weight"].Value, CultureInfo.InvariantCulture) : 1.0;
        keyPoints.Add(new RubricKeyPoint(pointText, value > 0 ? value : 1.0));

        return true;
    }

    private static string StripAnswerMarker(string line)
    {
        var marker = MarkdownTranscriptReader.AnswerMarkerRegex().Match(line);

        return marker.Success ? MarkdownTranscriptReader.Inline(line[marker.Length..]) : line.TrimEnd();
    }

    [GeneratedRegex(@"^\s*(?:#{4,6}\s*)?(?:\*\*|__)?(?:Key points|Rubric)(?:\*\*|__)?\s*:?\s*(?:\*\*|__)?\s*$",
        RegexOptions.IgnoreCase)]
    private static partial Regex RubricStartRegex();

    [GeneratedRegex(@"^\s*(?:[-*+]|\d+[.)])\s+(?<text>.+)$")]
    private static partial Regex ListItemRegex();

    [GeneratedRegex(@"\(\s*(?:weight|w)\s*[:=]?\s*(?<weight>\d+(?:\.\d+)?)\s*\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex WeightRegex();
}
