using AssessAgent.Embeddings;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace AssessAgent.Tests.Embeddings;

public sealed class MiniLmEmbeddingGeneratorTests
{
    [Fact]
    public async Task Generate_TwoTexts_ReturnsUnitVectorsOfModelLength()
    {
        var embeddings = await TestEmbeddings.Generator.GenerateAsync(["Redis is an in-memory store.", "Hello."]);

        Assert.Equal(2, embeddings.Count);
        Assert.All(embeddings, embedding => Assert.Equal(MiniLmEmbeddingGenerator.Dimensions, embedding.Vector.Length));
        Assert.All(embeddings, embedding =>
            Assert.Equal(1.0, VectorMath.Cosine(embedding.Vector.Span, embedding.Vector.Span), 3));
    }

    [Fact]
    public async Task Generate_RelatedAndUnrelatedText_RelatedIsMoreSimilar()
    {
        var embeddings = await TestEmbeddings.Generator.GenerateAsync(
        [
            "How would you cache database reads with Redis?",
            "I put Redis in front of the database and cache hot rows with a short expiry.",
            "I enjoy hiking in the mountains with my family at weekends.",
        ]);

        var related = VectorMath.Cosine(embeddings[0].Vector.Span, embeddings[1].Vector.Span);
        var unrelated = VectorMath.Cosine(embeddings[0].Vector.Span, embeddings[2].Vector.Span);

        Assert.True(related > unrelated + 0.3, $"related {related:0.00}, unrelated {unrelated:0.00}");
    }

    [Fact]
    public async Task Generate_SameTextAgainAndRepeatedInBatch_EncodesItOnce()
    {
        using var generator = new MiniLmEmbeddingGenerator();
        var text = $"A sentence seen for the first time {Guid.NewGuid()}.";

        var first = await generator.GenerateAsync([text, text, "Another sentence."]);
        var encodedAfterFirst = generator.EncodedTextCount;
        var second = await generator.GenerateAsync([text]);

        Assert.Equal(2, encodedAfterFirst);
        Assert.Equal(2, generator.EncodedTextCount);
        Assert.Equal(first[0].Vector.ToArray(), second[0].Vector.ToArray());
    }

    [Fact]
    public async Task ClearCache_TextSeenBefore_EncodesItAgainToTheSameVector()
    {
        using var generator = new MiniLmEmbeddingGenerator();
        var text = $"A sentence to forget {Guid.NewGuid()}.";
        var before = await generator.GenerateAsync([text]);

        generator.ClearCache();
        var after = await generator.GenerateAsync([text]);

        Assert.Equal(2, generator.EncodedTextCount);
        Assert.Equal(before[0].Vector.ToArray(), after[0].Vector.ToArray());
        Assert.True(generator.IsEncoderLoaded);
    }

    [Fact]
    public async Task Generate_LongAndShortTextsTogether_SameVectorsAsOneAtATime()
    {
        // The encoder pads a call to its longest text; the padding must not change any text's vector.
        var texts = new[]
        {
            "Short.",
            "A middling sentence about caching reads in Redis with a short expiry.",
            string.Join(
                ' ', Enumerable.Repeat("We sharded the orders table by customer and moved reads to replicas.", 8)),
        };
        using var together = new MiniLmEmbeddingGenerator();
        var batched = await together.GenerateAsync(texts);

        using var alone = new MiniLmEmbeddingGenerator();
        foreach (var (text, index) in texts.Select((text, index) => (text, index)))
        {
            var single = await alone.GenerateAsync([text]);
            Assert.Equal(1.0, VectorMath.Cosine(batched[index].Vector.Span, single[0].Vector.Span), 5);
        }
    }

    [Fact]
    public void CreateSessionOptions_SetsThreadsWithinTheCoresAndRunsOpsInOrder()
    {
        using var options = MiniLmEmbeddingGenerator.CreateSessionOptions();

        Assert.InRange(options.IntraOpNumThreads, 1, Math.Max(1, Environment.ProcessorCount));
        Assert.Equal(Microsoft.ML.OnnxRuntime.ExecutionMode.ORT_SEQUENTIAL, options.ExecutionMode);
    }

    [Fact]
    public async Task Generate_BatchOfMixedLengths_ReturnsVectorsInInputOrder()
    {
        var texts = Enumerable.Range(0, 40)
            .Select(i => string.Join(' ', Enumerable.Repeat($"word{i}", 1 + (i * 7 % 13))))
            .ToArray();

        var batched = await TestEmbeddings.Generator.GenerateAsync(texts);
        using var fresh = new MiniLmEmbeddingGenerator();
        var single = await fresh.GenerateAsync([texts[17]]);

        Assert.Equal(1.0, VectorMath.Cosine(batched[17].Vector.Span, single[0].Vector.Span), 3);
    }

    [Fact]
    public void GetService_Metadata_NamesTheModel()
    {
        var metadata = TestEmbeddings.Generator.GetService<EmbeddingGeneratorMetadata>();

        Assert.NotNull(metadata);
        Assert.Equal(MiniLmEmbeddingGenerator.ModelName, metadata.DefaultModelId);
        Assert.Equal(MiniLmEmbeddingGenerator.Dimensions, metadata.DefaultModelDimensions);
    }

    [Fact]
    public void AddMiniLmEmbeddings_GeneratorRegisteredBefore_KeepsIt()
    {
        using var other = new MiniLmEmbeddingGenerator();
        var services = new ServiceCollection();
        services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(other);

        services.AddMiniLmEmbeddings();
        using var provider = services.BuildServiceProvider();

        Assert.Same(other, provider.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>());
    }

    [Fact]
    public void AddMiniLmEmbeddings_ResolvedTwice_ReturnsOneInstance()
    {
        using var provider = new ServiceCollection().AddMiniLmEmbeddings().BuildServiceProvider();

        var first = provider.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();
        var second = provider.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();

        Assert.Same(first, second);
        Assert.Same(first, provider.GetRequiredService<MiniLmEmbeddingGenerator>());
    }
}
