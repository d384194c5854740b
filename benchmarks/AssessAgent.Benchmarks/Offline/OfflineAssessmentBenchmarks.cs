using AssessAgent.Assessment;
using AssessAgent.Benchmarks.Support;
using AssessAgent.Embeddings;
using AssessAgent.Transcripts;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;

namespace AssessAgent.Benchmarks.Offline;

/// <summary>
/// The offline assessor in a warm process (model loaded, code jitted): one ten-question transcript whose texts
/// the embedding cache has already seen, and a ten-question transcript never seen before, whose every question,
/// passage and key point goes through the model. The second is what the 300 ms target is about.
/// </summary>
[ShortInProcessJob]
public class OfflineAssessmentBenchmarks
{
    private ServiceProvider _provider = null!;
    private IInterviewAssessor _assessor = null!;
    private MiniLmEmbeddingGenerator _generator = null!;
    private TranscriptSamples _samples = null!;
    private Transcript _seen = null!;
    private Transcript _unseen = null!;
    private int _variant = 1;

    [GlobalSetup]
    public void LoadModelAndSamples()
    {
        _provider = OfflineServices.Build();
        _assessor = _provider.GetRequiredService<IInterviewAssessor>();
        _generator = _provider.GetRequiredService<MiniLmEmbeddingGenerator>();
        _samples = TranscriptSamples.FromEvalCases();
        _seen = _samples.Compose(10);

        // Loads the model and fills the cache for the "seen" transcript.
        _assessor.AssessAsync(_seen).GetAwaiter().GetResult();
    }

    // Emptying the cache makes every text of the transcript new to the process; the standard questions the
    // analyzer compares with come embedded in the build and need no cache.
    [IterationSetup(Target = nameof(TenQuestionsUnseenText))]
    public void ComposeUnseenTranscript()
    {
        _generator.ClearCache();
        _unseen = _samples.Compose(10, _variant++);
    }

    [Benchmark(Baseline = true, Description = "10 questions, texts already embedded")]
    public Task<AssessmentReport> TenQuestionsSeenText() => _assessor.AssessAsync(_seen);

    [Benchmark(Description = "10 questions, never seen before")]
    public Task<AssessmentReport> TenQuestionsUnseenText() => _assessor.AssessAsync(_unseen);

    [GlobalCleanup]
    public void DisposeProvider() => _provider.Dispose();
}
