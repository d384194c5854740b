using System.Globalization;
using System.Text.RegularExpressions;

namespace AssessAgent.Reading.Common;

/// <summary>Reads clock-style timestamps such as <c>00:01:23</c>, <c>1:23</c> or <c>00:01:23.500</c>.</summary>
internal static partial class TimestampParser
{
    /// <summary>The pattern of a timestamp, for use inside other patterns.</summary>
    public const string Pattern = @"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?";

    /// <summary>
    /// The time since the start of the recording, or <see langword="null"/> when the text is not one.
    /// </summary>
    public static TimeSpan? Parse(string text)
    {
        var match = TimestampRegex().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        var hours = match.Groups["h"].Success ? int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture) : 0;
        var minutes = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var seconds = int.Parse(match.Groups["s"].Value, CultureInfo.InvariantCulture);
        var fraction = match.Groups["f"].Success ? match.Groups["f"].Value.PadRight(3, '0') : "0";
        if (minutes > 59 && match.Groups["h"].Success || seconds > 59)
        {
            return null;
        }

        var milliseconds = int.Parse(fraction, CultureInfo.InvariantCulture);

        return new TimeSpan(0, hours, minutes, seconds, milliseconds);
    }

    [GeneratedRegex(@"^(?:(?<h>\d{1,2}):)?(?<m>\d{1,2}):(?<s>\d{2})(?:[.,](?<f>\d{1,3}))?$")]
    private static partial Regex TimestampRegex();
}
