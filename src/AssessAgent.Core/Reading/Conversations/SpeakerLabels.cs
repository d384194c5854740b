using System.Text.RegularExpressions;

namespace AssessAgent.Reading.Conversations;

/// <summary>The shape of a "Speaker: text" line, shared by the plain-text and WebVTT readers.</summary>
internal static partial class SpeakerLabels
{
    /// <summary>The most words a speaker label may have; longer "X: y" lines are taken as text.</summary>
    public const int MaxLabelWords = 5;

    /// <summary>
    /// The label and text of a "Name: text" line, or <see langword="null"/> when the line is not one.
    /// </summary>
    public static (string Speaker, string Text)? Split(string line)
    {
        var match = LabelRegex().Match(line);
        if (!match.Success)
        {
            return null;
        }

        var speaker = match.Groups["speaker"].Value.Trim();
        if (speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxLabelWords)
        {
            return null;
        }

        return (speaker, match.Groups["text"].Value.Trim());
    }

    // A label starts with a letter and holds letters, digits, spaces and a few name marks, but no sentence
    // punctuation, so "Note: ..." may pass but "So, to be clear: ..." does not.
    [GeneratedRegex(@"^\s*(?<speaker>\p{L}[\p{L}\p{M}\p{N} .'’()_-]{0,60}?)\s*:(?:\s+(?<text>.*))?$")]
    private static partial Regex LabelRegex();
}
