using System.Globalization;
using System.Text.RegularExpressions;

namespace AssessAgent.Evals.Running;

/// <summary>Run ids: the start time and the label, safe as a folder name, sorting in time order.</summary>
public static partial class RunIds
{
    public static string Create(DateTimeOffset startedAt, string label)
    {
        var safeLabel = UnsafeCharacters().Replace(label, "-").Trim('-');
        var stamp = startedAt.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);

        return safeLabel.Length == 0 ? stamp : $"{stamp}-{safeLabel}";
    }

    [GeneratedRegex("[^A-Za-z0-9._-]+")]
    private static partial Regex UnsafeCharacters();
}
