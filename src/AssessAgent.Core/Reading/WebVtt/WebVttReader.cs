using System.Net;
using System.Text.RegularExpressions;
using AssessAgent.Reading.Common;
using AssessAgent.Reading.Conversations;
using AssessAgent.Transcripts;

namespace AssessAgent.Reading.WebVtt;

/// <summary>
/// Reads WebVTT captions: cues whose text names the speaker with a voice tag (<c>&lt;v Dana Kim&gt;...&lt;/v&gt;</c>)
/// or a "Name: text" label. A cue without either goes on with the speaker before it, since captions split
/// sentences over cues. NOTE, STYLE and REGION blocks are skipped; other tags are removed and entities decoded.
/// </summary>
internal sealed partial class WebVttReader : ITranscriptReader
{
    public TranscriptFormat Format => TranscriptFormat.WebVtt;

    public IReadOnlyCollection<string> Extensions { get; } = [".vtt"];

    public bool RecognizesContent(TranscriptInput input) => input.Start.StartsWith("WEBVTT", StringComparison.Ordinal);

    public Transcript Read(TranscriptInput input, TranscriptReadOptions options)
    {
        if (!input.Start.StartsWith("WEBVTT", StringComparison.Ordinal))
        {
            throw TranscriptReadException.AtLine(input.DisplayPath, 1, "a WebVTT file must start with \"WEBVTT\"");
        }

        var pieces = new List<SpokenTurn>();
        foreach (var block in Blocks(input).Skip(1))
        {
            ReadBlock(input, block, pieces);
        }

        if (pieces.Count == 0)
        {
            throw TranscriptReadException.InFile(input.DisplayPath, "the WebVTT file has no cues with text");
        }

        return ConversationTranscriptBuilder.Build(input, pieces, new HeaderMetadata(), options);
    }

    private static void ReadBlock(TranscriptInput input, List<(int Number, string Text)> block, List<SpokenTurn> pieces)
    {
        if (SkippedBlockRegex().IsMatch(block[0].Text))
        {
            return;
        }

        var timingIndex = block.FindIndex(line => line.Text.Contains("-->", StringComparison.Ordinal));
        if (timingIndex is < 0 or > 1)
        {
            throw TranscriptReadException.AtLine(input.DisplayPath, block[0].Number,
                "a cue without a timing line such as \"00:00:01.000 --> 00:00:04.000\"");
        }

        var timing = TimingRegex().Match(block[timingIndex].Text);
        var start = timing.Success ? TimestampParser.Parse(timing.Groups["start"].Value) : null;
        var end = timing.Success ? TimestampParser.Parse(timing.Groups["end"].Value) : null;
        if (start is null || end is null)
        {
            throw TranscriptReadException.AtLine(input.DisplayPath, block[timingIndex].Number,
                $"cannot read the cue timing \"{block[timingIndex].Text.Trim()}\"; expected " +
                "\"00:00:01.000 --> 00:00:04.000\"");
        }

        foreach (var (number, text) in block.Skip(timingIndex + 1))
        {
            ReadPayloadLine(input, number, text, start, end, pieces);
        }
    }

    private static void ReadPayloadLine(TranscriptInput input, int number, string line, TimeSpan? start,
        TimeSpan? end, List<SpokenTurn> pieces)
    {
        foreach (var (voice, raw) in VoiceSpans(line))
        {
            var text = PlainText(raw);
            var speaker = voice;
            if (speaker is null && SpeakerLabels.Split(text) is { } labelled)
            {
                (speaker, text) = labelled;
            }

            if (text.Length == 0)
            {
                continue;
            }

            speaker ??= pieces.Count > 0
                ? pieces[^1].Speaker
                : throw TranscriptReadException.AtLine(input.DisplayPath, number,
                    "the first cue names no speaker; use voice tags such as \"<v Dana Kim>\" or \"Name: text\"");

            pieces.Add(new SpokenTurn(speaker.Trim(), text, start, end, number));
        }
    }

    // A line may hold several voice spans ("<v A>Hi</v> <v B>Hello</v>"); text before the first has no voice.
    private static IEnumerable<(string? Voice, string Text)> VoiceSpans(string line)
    {
        var tags = VoiceTagRegex().Matches(line);
        if (tags.Count == 0)
        {
            yield return (null, line);
            yield break;
        }

        if (tags[0].Index > 0)
        {
            yield return (null, line[..tags[0].Index]);
        }

        for (var index = 0; index < tags.Count; index++)
        {
            var textStart = tags[index].Index + tags[index].Length;
            var textEnd = index + 1 < tags.Count ? tags[index + 1].Index : line.Length;

            yield return (WebUtility.HtmlDecode(tags[index].Groups["name"].Value), line[textStart..textEnd]);
        }
    }

    private static string PlainText(string raw)
    {
        var withoutTags = AnyTagRegex().Replace(raw, "");
        var decoded = WebUtility.HtmlDecode(withoutTags).Replace('\u00A0', ' ');

        // Subtitle style marks a change of speaker with a leading dash.
        return DialogueDashRegex().Replace(decoded, "").Trim();
    }

    private static IEnumerable<List<(int Number, string Text)>> Blocks(TranscriptInput input)
    {
        var block = new List<(int Number, string Text)>();

        for (var index = 0; index < input.Lines.Count; index++)
        {
            if (string.IsNullOrWhiteSpace(input.Lines[index]))
            {
                if (block.Count > 0)
                {
                    yield return block;
                    block = [];
                }

                continue;
            }

            block.Add((index + 1, input.Lines[index]));
        }

        if (block.Count > 0)
        {
            yield return block;
        }
    }

    [GeneratedRegex(@"^(?:NOTE|STYLE|REGION)\b")]
    private static partial Regex SkippedBlockRegex();

    [GeneratedRegex(@"^\s*(?<start>\S+)\s+-->\s+(?<end>\S+)")]
    private static partial Regex TimingRegex();

    [GeneratedRegex(@"<v(?:\.[^\s>]+)?\s+(?<name>[^>]+)>")]
    private static partial Regex VoiceTagRegex();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex AnyTagRegex();

    [GeneratedRegex(@"^\s*[-\u2013]\s+")]
    private static partial Regex DialogueDashRegex();
}
