using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using AssessAgent.Assessment;
using AssessAgent.Reporting;
using AssessAgent.Transcripts;

namespace AssessAgent.Store.Serialization;

/// <summary>
/// The export format of the store: JSON Lines, one stored assessment per line as an object with <c>id</c>,
/// <c>contentHash</c>, <c>storedAt</c>, <c>report</c> (the JSON report of
/// <c>schemas/assessment-report.schema.json</c>, as <c>--format json</c> writes it) and <c>transcript</c> (the
/// transcript as the store keeps it, or <see langword="null"/>). <see cref="Read"/> reads a line back for import.
/// </summary>
public static class AssessmentJsonLines
{
    private static readonly JsonWriterOptions s_lineOptions = new()
    {
        // Names in any script stay readable; line breaks inside strings are still escaped, so a record is one line.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>The stored assessment as one line of JSON, without the line break.</summary>
    public static string Write(StoredAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, s_lineOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("id", assessment.Id);
            writer.WriteString("contentHash", assessment.ContentHash);
            writer.WriteString("storedAt", assessment.StoredAt);

            writer.WritePropertyName("report");
            JsonReportWriter.SerializeToElement(assessment.Report).WriteTo(writer);

            writer.WritePropertyName("transcript");
            JsonSerializer.Serialize(writer, assessment.Transcript, StoreJson.Options);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Reads one exported line back into its report and transcript.</summary>
    /// <param name="line">The line's JSON.</param>
    /// <param name="sourceName">How errors name the line, such as <c>export.jsonl, line 3</c>.</param>
    /// <exception cref="ReportReadException">The line is not an exported assessment.</exception>
    public static ExportedAssessment Read(string line, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(line);

        using var document = ParseLine(line, sourceName);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("report", out var reportElement))
        {
            throw new ReportReadException(sourceName, "$.report", "missing; this is not an exported assessment");
        }

        var report = JsonReportReader.Parse(reportElement.GetRawText(), sourceName);
        var transcript = ReadTranscript(root, sourceName);
        var id = root.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String
            ? idElement.GetString()
            : null;

        var storedAt = root.TryGetProperty("storedAt", out var storedAtElement)
            && storedAtElement.ValueKind == JsonValueKind.String
            && storedAtElement.TryGetDateTimeOffset(out var stamp)
                ? stamp
                : (DateTimeOffset?)null;

        return new ExportedAssessment(id, report, transcript, storedAt);
    }

    private static JsonDocument ParseLine(string line, string sourceName)
    {
        try
        {
            return JsonDocument.Parse(line);
        }
        catch (JsonException exception)
        {
            throw new ReportReadException(sourceName, null, "not valid JSON", exception);
        }
    }

    private static Transcript? ReadTranscript(JsonElement root, string sourceName)
    {
        if (!root.TryGetProperty("transcript", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        try
        {
            return element.Deserialize<Transcript>(StoreJson.Options);
        }
        catch (JsonException exception)
        {
            var problem = exception.Message.Split(" Path: ")[0];
            throw new ReportReadException(sourceName, "$.transcript", problem, exception);
        }
    }
}
