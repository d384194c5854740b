namespace AssessAgent.Cli.Hosting;

/// <summary>
/// Tells the person at the terminal what is happening, on stderr, so that stdout carries only the report.
/// </summary>
public sealed class ProgressReporter(TextWriter? output = null)
{
    private readonly TextWriter _output = output ?? Console.Error;

    public void Step(string message) => _output.WriteLine($"» {message}");

    public void Notice(string message) => _output.WriteLine($"! {message}");
}
