using System.Globalization;
using System.Text.Json;
using AssessAgent.Reading.Common;
using AssessAgent.Reading.Conversations;
using AssessAgent.Transcripts;

namespace AssessAgent.Reading.Json;

/// <summary>
/// Reads speech-to-text segments: an array of <c>{ "speaker", "start", "end", "text" }</c> (start and end in
/// seconds), or an object with such a "segments" array and optional "candidate", "position", "interviewDate" and
/// "durationMinutes". The segments form a conversation.
/// </summary>
internal sealed class SegmentsJsonReader : ITranscriptReader
{
    public TranscriptFormat Format => TranscriptFormat.SegmentsJson;

    public IReadOnlyCollection<string> Extensions { get; } = [];

    public bool RecognizesContent(TranscriptInput input)
    {
        if (input.Start.StartsWith("["))
        {
            return true;
        }

        if (!input.Start.StartsWith("{"))
        {
            return false;
        }

        using var document = JsonInput.TryParse(input);

        return document?.RootElement is { ValueKind: JsonValueKind.Object } root
            && root.TryGetProperty("segments", out _) && !root.TryGetProperty("sections", out _);
    }

    public Transcript Read(TranscriptInput input, TranscriptReadOptions options)
    {
        using var document = JsonInput.Parse(input);
        var root = document.RootElement;
        var header = new HeaderMetadata();
        var segments = root;
        var basePath = "";

        if (root.ValueKind == JsonValueKind.Object)
        {
            basePath = "segments";
            ReadHeader(input, root, header);
            if (!root.TryGetProperty("segments", out segments) || segments.ValueKind != JsonValueKind.Array)
            {
                throw TranscriptReadException.AtJsonPath(input.DisplayPath, basePath, "must be an array of segments");
            }
        }
        else if (root.ValueKind != JsonValueKind.Array)
        {
            throw TranscriptReadException.AtJsonPath(input.DisplayPath, "(root)",
                "must be an array of segments or an object with \"segments\"");
        }

        if (segments.GetArrayLength() == 0)
        {
            throw TranscriptReadException.AtJsonPath(input.DisplayPath, basePath.Length > 0 ? basePath : "(root)",
                "has no segments; a conversation needs at least a question and an answer");
        }

        var pieces = segments.EnumerateArray()
            .Select((segment, index) => ReadSegment(input, segment, JsonPaths.Item(basePath, index)))
            .ToList();

        return ConversationTranscriptBuilder.Build(input, pieces, header, options);
    }

    private static SpokenTurn ReadSegment(TranscriptInput input, JsonElement segment, string path)
    {
        if (segment.ValueKind != JsonValueKind.Object)
        {
            throw TranscriptReadException.AtJsonPath(input.DisplayPath, path,
                "must be an object with \"speaker\", \"text\", \"start\" and \"end\"");
        }

        var speaker = Text(input, segment, "speaker", path) ?? Text(input, segment, "speaker_label", path)
            ?? throw TranscriptReadException.AtJsonPath(input.DisplayPath, JsonPaths.Child(path, "speaker"),
                "missing; every segment needs a speaker label (diarized output) to tell the interviewer from the " +
                "candidate");

        if (!segment.TryGetProperty("text", out var text) || text.ValueKind == JsonValueKind.Null)
        {
            throw TranscriptReadException.AtJsonPath(input.DisplayPath, JsonPaths.Child(path, "text"), "missing");
        }

        if (text.ValueKind != JsonValueKind.String)
        {
            throw NotAString(input, JsonPaths.Child(path, "text"), text);
        }

        return new SpokenTurn(speaker, text.GetString()!, Seconds(input, segment, "start", path),
            Seconds(input, segment, "end", path));
    }

    private static TimeSpan? Seconds(TranscriptInput input, JsonElement segment, string property, string path)
    {
        if (!segment.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var time = value.ValueKind switch
        {
            JsonValueKind.Number when value.GetDouble() >= 0 => TimeSpan.FromSeconds(value.GetDouble()),
            JsonValueKind.String => TimestampParser.Parse(value.GetString()!),
            _ => null,
        };

        return time ?? throw TranscriptReadException.AtJsonPath(input.DisplayPath, JsonPaths.Child(path, property),
            "must be a number of seconds (0 or more) or a time such as \"00:01:23\"");
    }

    private static void ReadHeader(TranscriptInput input, JsonElement root, HeaderMetadata header)
    {
        header.Candidate = Text(input, root, "candidate", "");
        header.Position = Text(input, root, "position", "");
        if (Text(input, root, "interviewDate", "") is { } date)
        {
            header.Date = DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture,
                DateTimeStyles.None, out var day)
                ? day
                : throw TranscriptReadException.AtJsonPath(input.DisplayPath, "interviewDate",
                    "must be a date written YYYY-MM-DD");
        }

        if (root.TryGetProperty("durationMinutes", out var minutes) && minutes.ValueKind == JsonValueKind.Number
            && minutes.GetDouble() > 0)
        {
            header.Duration = TimeSpan.FromMinutes(minutes.GetDouble());
        }
    }

    // Absent, null and blank read as not given; a value of another type is an error at its path, not "missing".
    private static string? Text(TranscriptInput input, JsonElement owner, string property, string ownerPath)
    {
        if (!owner.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw NotAString(input, JsonPaths.Child(ownerPath, property), value);
        }

        return string.IsNullOrWhiteSpace(value.GetString()) ? null : value.GetString()!.Trim();
    }

    private static TranscriptReadException NotAString(TranscriptInput input, string path, JsonElement value) =>
        TranscriptReadException.AtJsonPath(input.DisplayPath, path,
            $"must be a string, not {JsonInput.KindName(value.ValueKind)}");
}
