using AssessAgent.Assessment;
using AssessAgent.Benchmarks.Support;
using AssessAgent.Transcripts;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;

namespace AssessAgent.Benchmarks.Offline;

/// <summary>
/// 100 distinct ten-question transcripts assessed one after another in a warm process, as the eval runner and a
/// service do. Each pass takes long enough that a couple of single measurements say as much as many would.
/// </summary>
[ShortInProcessJob(iterations: 2, warmups: 0, monitoring: true)]
public class BatchAssessmentBenchmarks
{
    private const int TranscriptCount = 100;

    private ServiceProvider _provider = null!;
    private IInterviewAssessor _assessor = null!;
    private TranscriptSamples _samples = null!;
    private Transcript[] _batch = [];
    private int _variant = 10_000;

    [GlobalSetup]
    public void LoadModelAndSamples()
    {
        _provider = OfflineServices.Build();
        _assessor = _provider.GetRequiredService<IInterviewAssessor>();
        _samples = TranscriptSamples.FromEvalCases();
        _assessor.AssessAsync(_samples.Compose(10)).GetAwaiter().GetResult();
    }

    [IterationSetup]
    public void ComposeUnseenBatch() =>
        _batch = Enumerable.Range(0, TranscriptCount).Select(_ => _samples.Compose(10, _variant++)).ToArray();

    [Benchmark(Description = "100 transcripts of 10 questions, new texts")]
    public async Task<int> AssessOneAfterAnother()
    {
        var findings = 0;
        foreach (var transcript in _batch)
        {
            var report = await _assessor.AssessAsync(transcript).ConfigureAwait(false);
            findings += report.CheckerFindings.Count;
        }

        return findings;
    }

    [GlobalCleanup]
    public void DisposeProvider() => _provider.Dispose();
}
