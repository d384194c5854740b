using AssessAgent.Assessment;
using AssessAgent.Benchmarks.Support;
using AssessAgent.Reporting;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;

namespace AssessAgent.Benchmarks.Offline;

/// <summary>Writing a finished ten-question report as Markdown and as JSON.</summary>
[ShortInProcessJob]
public class ReportRenderingBenchmarks
{
    private readonly IReportWriter _markdown = ReportWriters.For(ReportFormat.Markdown);
    private readonly IReportWriter _json = ReportWriters.For(ReportFormat.Json);
    private AssessmentReport _report = null!;

    [GlobalSetup]
    public void AssessOnce()
    {
        using var provider = OfflineServices.Build();
        var transcript = TranscriptSamples.FromEvalCases().Compose(10);
        _report = provider.GetRequiredService<IInterviewAssessor>().AssessAsync(transcript).GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true)]
    public string Markdown() => _markdown.WriteToString(_report);

    [Benchmark]
    public string Json() => _json.WriteToString(_report);
}
