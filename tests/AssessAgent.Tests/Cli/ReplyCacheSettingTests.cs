using AssessAgent.Cli.Hosting;
using AssessAgent.Evals.Caching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AssessAgent.Tests.Cli;

/// <summary>
/// Only the eval commands answer from the reply cache: elsewhere a cached reply would replay a model's old answer
/// and write candidates' answers under the working folder.
/// </summary>
public sealed class ReplyCacheSettingTests
{
    [Fact]
    public void Build_CommandHost_LeavesTheReplyCacheOff()
    {
        using var host = AgentHost.Build(new Dictionary<string, string?>(), verbose: false);

        Assert.False(CacheOptions(host.Services).Enabled);
    }

    [Fact]
    public void Build_EvalHost_HasTheReplyCacheOn()
    {
        using var host = AgentHost.Build(new Dictionary<string, string?>(), verbose: false, cachesModelReplies: true);

        Assert.True(CacheOptions(host.Services).Enabled);
    }

    [Fact]
    public void Build_CommandHostWithTheSettingOn_UsesTheCache()
    {
        var settings = new Dictionary<string, string?> { ["Evals:Cache:Enabled"] = "true" };

        using var host = AgentHost.Build(settings, verbose: false);

        Assert.True(CacheOptions(host.Services).Enabled);
    }

    [Fact]
    public void Build_EvalHostWithNoCache_LeavesItOff()
    {
        var settings = new Dictionary<string, string?> { ["Evals:Cache:Enabled"] = "false" };

        using var host = AgentHost.Build(settings, verbose: false, cachesModelReplies: true);

        Assert.False(CacheOptions(host.Services).Enabled);
    }

    private static ResponseCacheOptions CacheOptions(IServiceProvider services) =>
        services.GetRequiredService<IOptions<ResponseCacheOptions>>().Value;
}
