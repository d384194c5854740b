using AssessAgent.Benchmarks.Support;
using AssessAgent.Embeddings;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.AI;

namespace AssessAgent.Benchmarks.Offline;

/// <summary>
/// Texts embedded per second by how many are sent in one call, with texts the cache has not seen, so every
/// text goes through the model. 64 texts per invocation at every batch size makes the means comparable.
/// </summary>
[ShortInProcessJob(iterations: 3)]
public class EmbeddingThroughputBenchmarks
{
    private const int TextsPerInvocation = 64;

    private MiniLmEmbeddingGenerator _generator = null!;
    private string[] _answers = [];
    private string[][] _calls = [];
    private int _round;

    // The generator encodes at most 32 texts at a time, so larger calls measure the same as 32.
    [Params(1, 4, 16, 32)]
    public int TextsPerCall { get; set; }

    [GlobalSetup]
    public void LoadModel()
    {
        _generator = new MiniLmEmbeddingGenerator();
        _answers = TranscriptSamples.FromEvalCases().Compose(TextsPerInvocation).AllQuestions
            .Select(question => question.Answer!)
            .ToArray();
        _generator.GenerateAsync(["load the model"]).GetAwaiter().GetResult();
    }

    [IterationSetup]
    public void ComposeUnseenTexts()
    {
        var round = _round++;
        _calls = _answers.Select(answer => $"{answer} ({round})").Chunk(TextsPerCall).ToArray();
    }

    [Benchmark(OperationsPerInvoke = TextsPerInvocation, Description = "one text, amortized")]
    public async Task<int> EmbedTexts()
    {
        var dimensions = 0;
        foreach (var call in _calls)
        {
            var embeddings = await _generator.GenerateAsync(call).ConfigureAwait(false);
            dimensions += embeddings[0].Vector.Length;
        }

        return dimensions;
    }

    [GlobalCleanup]
    public void DisposeModel() => _generator.Dispose();
}
