using AssessAgent.Assessment;
using AssessAgent.Embeddings;
using AssessAgent.Evals;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AssessAgent.Tests.Embeddings;

/// <summary>
/// The model costs about 90 MB and a second of CPU to load, so a process loads it once: lazily, on the first text
/// to embed, and into the one generator that the assessor and the eval harness share.
/// </summary>
public sealed class EmbeddingModelSharingTests
{
    [Fact]
    public async Task Generator_BeforeAndAfterFirstText_LoadsModelOnlyWhenNeeded()
    {
        using var generator = new MiniLmEmbeddingGenerator();
        var loadedBefore = generator.IsEncoderLoaded;

        await generator.GenerateAsync(["The first text this generator embeds."]);

        Assert.False(loadedBefore);
        Assert.True(generator.IsEncoderLoaded);
        Assert.True(MiniLmEmbeddingGenerator.EncoderLoadCount >= 1);
    }

    [Fact]
    public void Services_OfflineAssessmentAndEvalsRegistered_ShareOneGenerator()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddOfflineAssessment();
        services.AddEvals(new ConfigurationBuilder().Build());
        using var provider = services.BuildServiceProvider();

        var seenByAssessor = provider.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();
        var seenByEvals = provider.GetServices<IEmbeddingGenerator<string, Embedding<float>>>().ToArray();

        Assert.Single(seenByEvals);
        Assert.Same(provider.GetRequiredService<MiniLmEmbeddingGenerator>(), seenByAssessor);
    }
}
