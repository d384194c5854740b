using AssessAgent.Assessment;
using AssessAgent.Assessment.Offline;
using AssessAgent.Embeddings;
using AssessAgent.Tests.Store;
using AssessAgent.Transcripts;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AssessAgent.Tests.Assessment;

public sealed class StandardQuestionVectorsTests
{
    [Fact]
    public async Task Shipped_EveryCatalogText_HoldsTheVectorTheModelComputes()
    {
        var shipped = StandardQuestionVectors.For(TestEmbeddings.Generator);
        var texts = StandardQuestionVectors.CatalogTexts().ToArray();

        var fresh = await TestEmbeddings.Generator.GenerateAsync(texts);

        for (var i = 0; i < texts.Length; i++)
        {
            Assert.True(shipped.TryGetValue(texts[i], out var vector),
                $"No shipped vector for \"{texts[i]}\": run AssessAgent.Benchmarks -- write-catalog-vectors.");
            Assert.Equal(1.0, VectorMath.Cosine(vector.Span, fresh[i].Vector.Span), 5);
        }
    }

    [Fact]
    public void For_AnotherEmbeddingModel_ReturnsNoVectors()
    {
        using var other = new FakeEmbeddingGenerator();

        Assert.Empty(StandardQuestionVectors.For(other));
    }

    [Fact]
    public async Task Analyze_WithMiniLm_EmbedsNoStandardQuestion()
    {
        using var generator = new MiniLmEmbeddingGenerator();
        var analyzer = new EmbeddingRelevanceAnalyzer(generator, Options.Create(new RelevanceAnalyzerOptions()),
            NullLogger<EmbeddingRelevanceAnalyzer>.Instance);
        var transcript = TestTranscripts.Build((SectionKind.Screening, "Tell me about yourself.",
            "I'm a backend engineer with five years of experience in payments."));
        var catalog = StandardQuestionVectors.CatalogTexts().Distinct(StringComparer.Ordinal).ToArray();

        await analyzer.AnalyzeAsync(transcript);
        var encodedByAnalysis = generator.EncodedTextCount;
        await generator.GenerateAsync(catalog);

        // Had the analysis embedded the catalog, its texts would come from the cache now.
        Assert.Equal(encodedByAnalysis + catalog.Length, generator.EncodedTextCount);
    }
}
