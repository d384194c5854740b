namespace AssessAgent.Cli.Hosting;

/// <summary>The report could not be written where the user asked; the message names the path and why.</summary>
public sealed class ReportOutputException(string message, Exception? innerException = null)
    : Exception(message, innerException);
