using AssessAgent.Assessment;
using AssessAgent.Benchmarks.Support;
using AssessAgent.Embeddings;
using AssessAgent.Transcripts;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;

namespace AssessAgent.Benchmarks.Offline;

/// <summary>
/// 100 ten-question transcripts assessed one after another in a warm process, as the eval runner and a service
/// do, each one new to the process: the embedding cache is emptied before each, so no transcript is helped by
/// sentences an earlier one shared with it (the samples reuse the eval cases' answers). One pass takes minutes,
/// so a single measurement after one warm-up says as much as many would.
/// </summary>
[ShortInProcessJob(iterations: 1, warmups: 0, monitoring: true)]
public class BatchAssessmentBenchmarks
{
    private const int TranscriptCount = 100;

    private ServiceProvider _provider = null!;
    private IInterviewAssessor _assessor = null!;
    private MiniLmEmbeddingGenerator _generator = null!;
    private TranscriptSamples _samples = null!;
    private Transcript[] _batch = [];
    private int _variant = 1;

    [GlobalSetup]
    public void LoadModelAndSamples()
    {
        _provider = OfflineServices.Build();
        _assessor = _provider.GetRequiredService<IInterviewAssessor>();
        _generator = _provider.GetRequiredService<MiniLmEmbeddingGenerator>();
        _samples = TranscriptSamples.FromEvalCases();
        _assessor.AssessAsync(_samples.Compose(10)).GetAwaiter().GetResult();
    }

    [IterationSetup]
    public void ComposeBatch() =>
        _batch = Enumerable.Range(0, TranscriptCount).Select(_ => _samples.Compose(10, _variant++)).ToArray();

    [Benchmark(OperationsPerInvoke = TranscriptCount,
        Description = "100 new transcripts of 10 questions, per transcript")]
    public async Task<int> AssessOneAfterAnother()
    {
        var findings = 0;
        foreach (var transcript in _batch)
        {
            _generator.ClearCache();
            var report = await _assessor.AssessAsync(transcript).ConfigureAwait(false);
            findings += report.CheckerFindings.Count;
        }

        return findings;
    }

    [GlobalCleanup]
    public void DisposeProvider() => _provider.Dispose();
}
