using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace AssessAgent.Reading.Json;

/// <summary>Parses JSON input, turning syntax errors into one-line messages with the line and column.</summary>
internal static partial class JsonInput
{
    private static readonly JsonDocumentOptions Options = new()
    {
        // Hand-written transcripts often carry comments and trailing commas; neither changes the meaning.
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>The parsed document, or <see langword="null"/> when the text is not JSON.</summary>
    public static JsonDocument? TryParse(TranscriptInput input)
    {
        try
        {
            return JsonDocument.Parse(input.Text, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The parsed document; throws a <see cref="TranscriptReadException"/> naming line and column.</summary>
    public static JsonDocument Parse(TranscriptInput input)
    {
        try
        {
            return JsonDocument.Parse(input.Text, Options);
        }
        catch (JsonException exception)
        {
            var line = (int)(exception.LineNumber ?? 0) + 1;
            var column = ColumnOf(input, line, exception.BytePositionInLine ?? 0);
            var reason = PositionSuffixRegex().Replace(exception.Message, "").Trim().TrimEnd('.');

            throw TranscriptReadException.AtLine(input.DisplayPath, line,
                $"malformed JSON at position {column}: {reason}", exception);
        }
    }

    // The parser counts bytes of UTF-8; people count characters, which differ once a line has non-ASCII text.
    /// <summary>What kind of value this is, as an error message names it: "a number", "an array"...</summary>
    public static string KindName(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Number => "a number",
        JsonValueKind.String => "a string",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    private static long ColumnOf(TranscriptInput input, int line, long bytePosition)
    {
        if (line > input.Lines.Count)
        {
            return bytePosition + 1;
        }

        var bytes = Encoding.UTF8.GetBytes(input.Lines[line - 1]);
        var length = (int)Math.Min(bytePosition, bytes.Length);

        return Encoding.UTF8.GetCharCount(bytes, 0, length) + 1;
    }

    [GeneratedRegex(@"\s*(?:Path: \S*\s*\|?\s*)?LineNumber: \d+ \| BytePositionInLine: \d+\.?")]
    private static partial Regex PositionSuffixRegex();
}
