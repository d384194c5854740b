using System.Globalization;
using System.Text.RegularExpressions;

namespace AssessAgent.Reading.Common;

/// <summary>Reads the dates and durations that transcript headers write in many ways.</summary>
internal static partial class MetadataValues
{
    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd", "yyyy/MM/dd", "MMMM d, yyyy", "MMMM d yyyy", "MMM d, yyyy", "MMM d yyyy", "d MMMM yyyy",
        "d MMM yyyy", "dddd, MMMM d, yyyy", "dddd, d MMMM yyyy",
    ];

    /// <summary>The day a date text names, or <see langword="null"/> when it cannot be read.</summary>
    public static DateOnly? ParseDate(string text)
    {
        // "March 14th, 2026" is written often enough that the ordinal suffix is dropped before parsing.
        var plain = OrdinalSuffixRegex().Replace(text.Trim(), "$1");

        return DateOnly.TryParseExact(plain, DateFormats, CultureInfo.InvariantCulture,
            DateTimeStyles.AllowWhiteSpaces, out var date)
            ? date
            : null;
    }

    /// <summary>
    /// The length a duration text names ("45 minutes", "1h 30m", "1:15:00", "45"), <see langword="null"/> when it
    /// is zero (meaning not recorded) or cannot be read.
    /// </summary>
    public static TimeSpan? ParseDuration(string text)
    {
        var trimmed = text.Trim();
        var duration = TimeSpan.Zero;

        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var bareMinutes))
        {
            duration = TimeSpan.FromMinutes(bareMinutes);
        }
        else if (TimestampParser.Parse(trimmed) is { } clock)
        {
            duration = clock;
        }
        else
        {
            var match = DurationRegex().Match(trimmed);
            if (!match.Success || match.Length == 0)
            {
                return null;
            }

            duration = TimeSpan.FromHours(Number(match.Groups["h"])) + TimeSpan.FromMinutes(Number(match.Groups["m"]))
                + TimeSpan.FromSeconds(Number(match.Groups["s"]));
        }

        return duration > TimeSpan.Zero ? duration : null;
    }

    private static double Number(Group group) =>
        group.Success ? double.Parse(group.Value, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"\b(\d{1,2})(?:st|nd|rd|th)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalSuffixRegex();

    [GeneratedRegex(
        @"^(?:(?<h>\d+(?:\.\d+)?)\s*(?:h|hrs?|hours?)\b\s*,?\s*)?(?:(?<m>\d+(?:\.\d+)?)\s*(?:m|mins?" +
        @"|minutes?)\b\s*,?\s*)?" +
        @"(?:(?<s>\d+)\s*(?:s|secs?|seconds?)\b)?\s*$",
        RegexOptions.IgnoreCase)]
    private static partial Regex DurationRegex();
}
