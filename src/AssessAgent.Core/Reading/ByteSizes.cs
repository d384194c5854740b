using System.Globalization;

namespace AssessAgent.Reading;

/// <summary>Writes byte counts the way people read them, in binary units.</summary>
internal static class ByteSizes
{
    /// <summary>The size as "2 MiB", "1.5 MiB", "300 KiB" or "12 bytes".</summary>
    public static string Describe(long bytes) => bytes switch
    {
        >= 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.##} MiB"),
        >= 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.##} KiB"),
        _ => $"{bytes} bytes",
    };
}
