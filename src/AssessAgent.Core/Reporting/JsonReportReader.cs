using System.Text.Json;
using AssessAgent.Assessment;

namespace AssessAgent.Reporting;

/// <summary>
/// Reads back a report written by <see cref="JsonReportWriter"/>, for comparing runs, re-rendering in another format
/// and checking. Every failure is a <see cref="ReportReadException"/> with a one-line message.
/// </summary>
public static class JsonReportReader
{
    /// <summary>The schema major version this reader understands; any minor version of it is accepted.</summary>
    public const string SupportedMajorVersion = "1";

    /// <summary>Reads the report in the file at <paramref name="path"/>.</summary>
    /// <exception cref="ReportReadException">The file is missing or is not a valid report.</exception>
    public static async Task<AssessmentReport> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        string json;
        try
        {
            json = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new ReportReadException(path, null, $"cannot read the file ({exception.Message})", exception);
        }

        return Parse(json, path);
    }

    /// <summary>Reads a report from JSON text.</summary>
    /// <param name="json">The report as JSON.</param>
    /// <param name="sourceName">The name error messages give the text, such as its file's path.</param>
    /// <exception cref="ReportReadException">The text is not a valid report.</exception>
    public static AssessmentReport Parse(string json, string sourceName = "report")
    {
        ArgumentNullException.ThrowIfNull(json);

        using var document = ParseDocument(json, sourceName);
        var root = document.RootElement;

        EnsureSupportedVersion(root, sourceName);
        EnsureFollowsSchema(root, sourceName);

        return Deserialize(root, sourceName);
    }

    private static JsonDocument ParseDocument(string json, string sourceName)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            var line = exception.LineNumber is { } number ? $"line {number + 1}" : null;
            throw new ReportReadException(sourceName, line, "not valid JSON", exception);
        }
    }

    private static void EnsureSupportedVersion(JsonElement root, string sourceName)
    {
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("schemaVersion", out var version)
            || version.ValueKind != JsonValueKind.String)
        {
            throw new ReportReadException(sourceName, "$.schemaVersion", "missing; this is not an AssessAgent report");
        }

        var text = version.GetString()!;
        if (text.Split('.')[0] != SupportedMajorVersion)
        {
            throw new ReportReadException(
                sourceName,
                "$.schemaVersion",
                $"version {text} is not supported; this AssessAgent reads versions {SupportedMajorVersion}.x");
        }
    }

    private static void EnsureFollowsSchema(JsonElement root, string sourceName)
    {
        var violations = AssessmentReportSchema.Validate(root);
        if (violations.Count == 0)
        {
            return;
        }

        // The first violation is the deepest, so the most specific; the ones above it mostly repeat that a part failed.
        var deepest = violations[0];
        var more = violations.Count > 1 ? $" ({violations.Count - 1} more)" : string.Empty;

        throw new ReportReadException(sourceName, deepest.JsonPath, deepest.Message + more);
    }

    private static AssessmentReport Deserialize(JsonElement root, string sourceName)
    {
        try
        {
            return root.Deserialize<AssessmentReport>(ReportJsonOptions.Instance)
                ?? throw new ReportReadException(sourceName, "$", "the report is null");
        }
        catch (JsonException exception)
        {
            // System.Text.Json appends the path and position to its message; the location already says where.
            var problem = exception.Message.Split(" Path: ")[0];
            throw new ReportReadException(sourceName, exception.Path, problem, exception);
        }
    }
}
