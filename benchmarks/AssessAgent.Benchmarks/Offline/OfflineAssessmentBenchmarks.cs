using AssessAgent.Assessment;
using AssessAgent.Benchmarks.Support;
using AssessAgent.Transcripts;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;

namespace AssessAgent.Benchmarks.Offline;

/// <summary>
/// The offline assessor in a warm process (model loaded, code jitted): one ten-question transcript whose texts
/// the embedding cache has already seen, and the same transcript with texts it has not.
/// </summary>
[ShortInProcessJob]
public class OfflineAssessmentBenchmarks
{
    private ServiceProvider _provider = null!;
    private IInterviewAssessor _assessor = null!;
    private TranscriptSamples _samples = null!;
    private Transcript _seen = null!;
    private Transcript _unseen = null!;
    private int _variant = 1000;

    [GlobalSetup]
    public void LoadModelAndSamples()
    {
        _provider = OfflineServices.Build();
        _assessor = _provider.GetRequiredService<IInterviewAssessor>();
        _samples = TranscriptSamples.FromEvalCases();
        _seen = _samples.Compose(10);

        // Loads the model and fills the cache for the "seen" transcript.
        _assessor.AssessAsync(_seen).GetAwaiter().GetResult();
    }

    [IterationSetup(Target = nameof(TenQuestionsUnseenText))]
    public void ComposeUnseenTranscript() => _unseen = _samples.Compose(10, _variant++);

    [Benchmark(Baseline = true, Description = "10 questions, texts already embedded")]
    public Task<AssessmentReport> TenQuestionsSeenText() => _assessor.AssessAsync(_seen);

    [Benchmark(Description = "10 questions, new texts")]
    public Task<AssessmentReport> TenQuestionsUnseenText() => _assessor.AssessAsync(_unseen);

    [GlobalCleanup]
    public void DisposeProvider() => _provider.Dispose();
}
