namespace AssessAgent.Reading.Common;

/// <summary>The interview details a text header gives: candidate, position, date and duration.</summary>
internal sealed class HeaderMetadata
{
    public string? Candidate { get; set; }

    public string? Position { get; set; }

    public DateOnly? Date { get; set; }

    public TimeSpan? Duration { get; set; }

    /// <summary>The name of the interviewer, when a header names one.</summary>
    public string? Interviewer { get; set; }

    /// <summary>Whether <paramref name="key"/> is a header key this class understands.</summary>
    public static bool IsKnownKey(string key) => NormalizeKey(key) is
        "candidate" or "candidate name" or "position" or "role" or "date" or "interview date" or "duration"
        or "interviewer";

    /// <summary>Records one "Key: value" header line; throws when a date cannot be read.</summary>
    public void Set(TranscriptInput input, string key, string value, int lineNumber)
    {
        var text = value.Trim();
        if (text.Length == 0)
        {
            return;
        }

        switch (NormalizeKey(key))
        {
            case "candidate" or "candidate name":
                Candidate = text;
                break;
            case "position" or "role":
                Position = text;
                break;
            case "date" or "interview date":
                Date = MetadataValues.ParseDate(text) ?? throw TranscriptReadException.AtLine(input.DisplayPath,
                    lineNumber, $"cannot read the date \"{text}\"; write it as YYYY-MM-DD");
                break;
            case "duration":
                Duration = MetadataValues.ParseDuration(text);
                break;
            case "interviewer":
                Interviewer = text;
                break;
        }
    }

    private static string NormalizeKey(string key) => string.Join(' ',
        key.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
