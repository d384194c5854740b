using AssessAgent.Assessment;

namespace AssessAgent.Reporting;

/// <summary>Writes an assessment report in one format.</summary>
public interface IReportWriter
{
    /// <summary>The format this writer produces.</summary>
    ReportFormat Format { get; }

    /// <summary>The file extension for this format, with its dot, such as <c>.md</c>.</summary>
    string FileExtension { get; }

    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/>.</summary>
    void Write(AssessmentReport report, TextWriter output);
}
