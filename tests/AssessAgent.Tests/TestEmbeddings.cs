using AssessAgent.Embeddings;

namespace AssessAgent.Tests;

/// <summary>One MiniLM generator for the whole test run, so that the model loads once.</summary>
internal static class TestEmbeddings
{
    private static readonly Lazy<MiniLmEmbeddingGenerator> Shared = new(() => new MiniLmEmbeddingGenerator());

    public static MiniLmEmbeddingGenerator Generator => Shared.Value;
}
