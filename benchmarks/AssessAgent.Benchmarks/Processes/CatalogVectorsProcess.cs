using AssessAgent.Assessment.Offline;
using AssessAgent.Benchmarks.Support;
using AssessAgent.Embeddings;

namespace AssessAgent.Benchmarks.Processes;

/// <summary>
/// Writes the standard questions' MiniLM vectors into the file the Core project embeds, so that no process has
/// to embed them; run it after editing <c>standard-questions.json</c> (a test fails until then).
/// </summary>
public static class CatalogVectorsProcess
{
    public static async Task<int> RunAsync()
    {
        var path = Path.Combine(RepositoryPaths.Root, "src", "AssessAgent.Core", "Assessment", "Offline", "Data",
            "standard-questions.minilm.bin");
        using var generator = new MiniLmEmbeddingGenerator();

        await using (var file = File.Create(path))
        {
            await StandardQuestionVectors.WriteAsync(file, generator);
        }

        Console.WriteLine($"wrote {generator.EncodedTextCount} vectors to {path}");

        return 0;
    }
}
