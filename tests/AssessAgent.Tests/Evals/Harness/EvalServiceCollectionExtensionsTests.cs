using AssessAgent.Evals;
using AssessAgent.Evals.Caching;
using AssessAgent.Evals.Running;
using AssessAgent.LanguageModels;
using AssessAgent.Tests.Evals.Harness.Fakes;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AssessAgent.Tests.Evals.Harness;

public sealed class EvalServiceCollectionExtensionsTests
{
    [Fact]
    public void AddEvals_Settings_BindRunAndCacheOptionsAndResolveRunner()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Evals:Repeat"] = "3",
            ["Evals:Cache:Enabled"] = "false",
        }).Build();
        using var provider = new ServiceCollection().AddLogging().AddEvals(configuration).BuildServiceProvider();

        Assert.Equal(3, provider.GetRequiredService<IOptions<EvalRunOptions>>().Value.Repeat);
        Assert.False(provider.GetRequiredService<IOptions<ResponseCacheOptions>>().Value.Enabled);
        Assert.NotNull(provider.GetRequiredService<EvalRunner>());
    }

    [Fact]
    public async Task AddEvals_ChatClientDecorator_PutsSharedCacheInFrontOfModel()
    {
        var folder = HarnessFiles.NewScratchFolder();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Evals:Cache:Folder"] = folder,
        }).Build();
        using var provider = new ServiceCollection().AddLogging().AddEvals(configuration).BuildServiceProvider();
        var model = new CountingChatClient();

        var client = provider.GetServices<IChatClientDecorator>().Aggregate((IChatClient)model,
            (inner, decorator) => decorator.Decorate(inner));
        await client.GetResponseAsync([new ChatMessage(ChatRole.User, "hello")]);
        await client.GetResponseAsync([new ChatMessage(ChatRole.User, "hello")]);

        Assert.Equal(1, model.Calls);
        Assert.Equal(1, provider.GetRequiredService<ResponseCacheStatistics>().Hits);
    }

    [Fact]
    public void AddEvals_InvalidRepeat_FailsValidation()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Evals:Repeat"] = "0",
        }).Build();
        using var provider = new ServiceCollection().AddLogging().AddEvals(configuration).BuildServiceProvider();

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<EvalRunOptions>>().Value);
    }
}
