using System.Text.Json;
using AssessAgent.Assessment;

namespace AssessAgent.Reporting;

/// <summary>
/// Writes a report as JSON for machines, following <c>schemas/assessment-report.schema.json</c> at the version in
/// <see cref="AssessmentReport.SchemaVersion"/>. <see cref="JsonReportReader"/> reads it back.
/// </summary>
public sealed class JsonReportWriter : IReportWriter
{
    /// <inheritdoc/>
    public ReportFormat Format => ReportFormat.Json;

    /// <inheritdoc/>
    public string FileExtension => ".json";

    /// <inheritdoc/>
    public void Write(AssessmentReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);

        output.Write(Serialize(report));
        output.Write('\n');
    }

    /// <summary>The report as JSON text.</summary>
    public static string Serialize(AssessmentReport report) =>
        JsonSerializer.Serialize(report, ReportJsonOptions.Instance);

    /// <summary>The report as a JSON document, for callers that embed or inspect it.</summary>
    public static JsonElement SerializeToElement(AssessmentReport report) =>
        JsonSerializer.SerializeToElement(report, ReportJsonOptions.Instance);
}
