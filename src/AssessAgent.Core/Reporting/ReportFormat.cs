namespace AssessAgent.Reporting;

/// <summary>The formats a report can be written in.</summary>
public enum ReportFormat
{
    /// <summary>Markdown, for people.</summary>
    Markdown,

    /// <summary>JSON following <c>schemas/assessment-report.schema.json</c>, for machines.</summary>
    Json,

    /// <summary>A self-contained HTML page, for people reading in a browser or printing.</summary>
    Html,
}
