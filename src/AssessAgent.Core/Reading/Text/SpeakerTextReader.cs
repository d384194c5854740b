using System.Text.RegularExpressions;
using AssessAgent.Reading.Common;
using AssessAgent.Reading.Conversations;
using AssessAgent.Transcripts;

namespace AssessAgent.Reading.Text;

/// <summary>
/// Reads a plain speaker-labelled transcript: optional "Key: value" header lines before the first blank line,
/// then "Speaker: text" turns, optionally after a timestamp ("[00:01:23] Dana Kim: ..."); a line without a label
/// goes on with the turn before it.
/// </summary>
internal sealed partial class SpeakerTextReader : ITranscriptReader
{
    /// <summary>How often a label must open a line to count as a speaker when there are enough such labels.</summary>
    private const int MinLabelUses = 2;

    public TranscriptFormat Format => TranscriptFormat.SpeakerText;

    public IReadOnlyCollection<string> Extensions { get; } = [".txt", ".text"];

    public bool RecognizesContent(TranscriptInput input)
    {
        var labels = input.Lines.Select(ParseLine).OfType<LabelledLine>().Select(line => line.Speaker).ToList();

        return labels.Count >= 2 && labels.Distinct(StringComparer.OrdinalIgnoreCase).Count() >= 2;
    }

    public Transcript Read(TranscriptInput input, TranscriptReadOptions options)
    {
        var (header, firstTurnLine) = ReadHeader(input);
        var speakers = KnownSpeakers(input, firstTurnLine, options.InterviewerName ?? header.Interviewer);
        var pieces = ReadTurns(input, firstTurnLine, speakers);

        if (pieces.Count == 0)
        {
            throw TranscriptReadException.InFile(input.DisplayPath,
                "no speaker-labelled turns found; expected lines such as \"Interviewer: ...\" or " +
                "\"[00:01:23] Dana Kim: ...\"");
        }

        return ConversationTranscriptBuilder.Build(input, pieces, header, options);
    }

    // The first block is a header only when every line is a known key and it names more than who spoke.
    private static (HeaderMetadata Header, int FirstTurnLine) ReadHeader(TranscriptInput input)
    {
        var header = new HeaderMetadata();
        var block = input.Lines.Select((text, index) => (Text: text, Number: index + 1))
            .SkipWhile(line => string.IsNullOrWhiteSpace(line.Text))
            .TakeWhile(line => !string.IsNullOrWhiteSpace(line.Text))
            .ToList();

        var fields = block.Select(line => (line.Number, Field: SpeakerLabels.Split(line.Text))).ToList();
        var isHeader = fields.Count > 0
            && fields.All(field => field.Field is { } pair && HeaderMetadata.IsKnownKey(pair.Speaker))
            && fields.Any(field => !IsSpeakerKey(field.Field!.Value.Speaker));

        if (!isHeader)
        {
            return (header, 1);
        }

        foreach (var (number, field) in fields)
        {
            header.Set(input, field!.Value.Speaker, field.Value.Text, number);
        }

        return (header, block[^1].Number + 1);
    }

    private static bool IsSpeakerKey(string key) =>
        key.Equals("Candidate", StringComparison.OrdinalIgnoreCase)
        || key.Equals("Interviewer", StringComparison.OrdinalIgnoreCase);

    // "Key considerations: latency" inside an answer must not become a speaker, so a label counts when it opens
    // two lines or more, has a timestamp, names a role or the interviewer; all labels count in a tiny transcript.
    private static HashSet<string> KnownSpeakers(TranscriptInput input, int firstLine, string? interviewer)
    {
        var labelled = input.Lines.Skip(firstLine - 1).Select(ParseLine).OfType<LabelledLine>().ToList();
        var speakers = labelled
            .GroupBy(line => TurnMerger.Normalize(line.Speaker), StringComparer.OrdinalIgnoreCase)
            .Where(group => group.Count() >= MinLabelUses || group.Any(line => line.Time is not null)
                || RoleLabelRegex().IsMatch(group.Key)
                || interviewer is not null && group.Key.StartsWith(interviewer, StringComparison.OrdinalIgnoreCase))
            .Select(group => group.Key)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        if (speakers.Count < 2)
        {
            speakers.UnionWith(labelled.Select(line => TurnMerger.Normalize(line.Speaker)));
        }

        return speakers;
    }

    private static List<SpokenTurn> ReadTurns(TranscriptInput input, int firstLine, HashSet<string> speakers)
    {
        var pieces = new List<SpokenTurn>();

        for (var index = firstLine - 1; index < input.Lines.Count; index++)
        {
            var line = input.Lines[index];
            if (ParseLine(line) is { } labelled && speakers.Contains(TurnMerger.Normalize(labelled.Speaker)))
            {
                pieces.Add(new SpokenTurn(labelled.Speaker, labelled.Text, labelled.Time, null, index + 1));
            }
            else if (pieces.Count > 0 && !string.IsNullOrWhiteSpace(line))
            {
                pieces[^1] = pieces[^1] with { Text = pieces[^1].Text + " " + line.Trim() };
            }
        }

        return pieces;
    }

    private static LabelledLine? ParseLine(string line)
    {
        var timestamp = TimestampPrefixRegex().Match(line);
        var rest = timestamp.Success ? line[timestamp.Length..] : line;
        if (SpeakerLabels.Split(rest) is not { } pair)
        {
            return null;
        }

        var time = timestamp.Success ? TimestampParser.Parse(timestamp.Groups["time"].Value) : null;

        return new LabelledLine(pair.Speaker, pair.Text, time);
    }

    [GeneratedRegex(@"^\s*(?:\[(?<time>" + TimestampParser.Pattern + @")\]|\((?<time>" + TimestampParser.Pattern +
        @")\)|(?<time>" + TimestampParser.Pattern + @"))\s*(?:[-\u2013]\s*)?")]
    private static partial Regex TimestampPrefixRegex();

    [GeneratedRegex(@"^(?:interviewer|candidate|interviewee|recruiter|hiring manager)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RoleLabelRegex();

    private sealed record LabelledLine(string Speaker, string Text, TimeSpan? Time);
}
