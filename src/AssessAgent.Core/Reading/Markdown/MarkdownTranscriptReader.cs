using System.Text.RegularExpressions;
using AssessAgent.Reading.Common;
using AssessAgent.Transcripts;

namespace AssessAgent.Reading.Markdown;

/// <summary>
/// Reads a Markdown transcript: optional metadata lines, level-2 headings as sections, level-3 headings (or
/// "**Q:**" lines) as questions, the text below as the answer, and an optional "Key points:"/"Rubric:" list after
/// the answer as its rubric.
/// </summary>
internal sealed partial class MarkdownTranscriptReader : ITranscriptReader
{
    public TranscriptFormat Format => TranscriptFormat.Markdown;

    public IReadOnlyCollection<string> Extensions { get; } = [".md", ".markdown"];

    public bool RecognizesContent(TranscriptInput input) =>
        input.Lines.Any(line => HeadingRegex().IsMatch(line) || QuestionLineRegex().IsMatch(line));

    public Transcript Read(TranscriptInput input, TranscriptReadOptions options)
    {
        var state = new MarkdownReadState(input);

        for (var index = 0; index < input.Lines.Count; index++)
        {
            ReadLine(state, input.Lines[index], index + 1);
        }

        state.FinishQuestion();

        return new Transcript
        {
            Candidate = state.Metadata.Candidate,
            Position = state.Metadata.Position,
            InterviewDate = state.Metadata.Date,
            Duration = state.Metadata.Duration,
            Sections = SectionAssembler.Assemble(state.Questions),
        };
    }

    private static void ReadLine(MarkdownReadState state, string line, int lineNumber)
    {
        var heading = HeadingRegex().Match(line);
        if (heading.Success)
        {
            ReadHeading(state, heading.Groups["level"].Length, Inline(heading.Groups["text"].Value), lineNumber);
            return;
        }

        var questionLine = QuestionLineRegex().Match(line);
        if (questionLine.Success)
        {
            state.FinishQuestion();
            state.StartQuestion(Inline(questionLine.Groups["text"].Value), lineNumber, awaitingAnswerMarker: true);
            return;
        }

        if (state.Current is null)
        {
            ReadOutsideQuestion(state, line, lineNumber);
            return;
        }

        state.Current.Add(line);
    }

    private static void ReadHeading(MarkdownReadState state, int level, string text, int lineNumber)
    {
        state.FinishQuestion();

        if (level == 1)
        {
            return;
        }

        if (text.Length == 0)
        {
            throw TranscriptReadException.AtLine(state.Input.DisplayPath, lineNumber,
                level == 2 ? "the section heading has no name" : "the question heading has no text");
        }

        if (level == 2)
        {
            state.SectionName = text;
            return;
        }

        state.StartQuestion(QuestionPrefixRegex().Replace(text, ""), lineNumber, awaitingAnswerMarker: false);
    }

    private static void ReadOutsideQuestion(MarkdownReadState state, string line, int lineNumber)
    {
        if (AnswerMarkerRegex().IsMatch(line))
        {
            throw TranscriptReadException.AtLine(state.Input.DisplayPath, lineNumber,
                "an answer with no question before it (start questions with \"### \" or \"**Q:**\")");
        }

        var metadata = MetadataLineRegex().Match(line);
        if (metadata.Success && state.SectionName is null)
        {
            state.Metadata.Set(state.Input, metadata.Groups["key"].Value, Inline(metadata.Groups["value"].Value),
                lineNumber);
        }

        // Other prose before the first question (an introduction, notes) is not part of any answer.
    }

    /// <summary>The text with emphasis markers removed and white space trimmed.</summary>
    internal static string Inline(string text) => EmphasisRegex().Replace(text, "").Trim();

    [GeneratedRegex(@"^(?<level>#{1,6})\s*(?<text>.*?)\s*#*\s*$")]
    private static partial Regex HeadingRegex();

    [GeneratedRegex(@"^\s*(?:\*\*|__)?(?:Q|Question)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(?<text>.*)$",
        RegexOptions.IgnoreCase)]
    private static partial Regex QuestionLineRegex();

    [GeneratedRegex(@"^(?:Q(?:uestion)?\s*\d+\s*[.:)\-]\s*|Question\s*:\s*)", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionPrefixRegex();

    [GeneratedRegex(@"^\s*(?:\*\*|__)?(?:A|Answer)(?:\*\*|__)?\s*:", RegexOptions.IgnoreCase)]
    internal static partial Regex AnswerMarkerRegex();

    [GeneratedRegex(
        @"^\s*(?:[-*+]\s+)?(?:\*\*|__)?(?<key>Candidate(?: name)?|Position|Role|(?:Interview )?Date|Duration)" +
        @"(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(?<value>.*?)\s*$",
        RegexOptions.IgnoreCase)]
    private static partial Regex MetadataLineRegex();

    [GeneratedRegex(@"\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)")]
    private static partial Regex EmphasisRegex();
}
