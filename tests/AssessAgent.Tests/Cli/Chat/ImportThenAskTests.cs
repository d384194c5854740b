using System.Text.Json;
using AssessAgent.Tests.TestSupport;

namespace AssessAgent.Tests.Cli.Chat;

/// <summary>The hiring manager's path end to end: import the eval cases, then ask about them.</summary>
public sealed class ImportThenAskTests : IDisposable
{
    private readonly CliStoreFolder _folder = new();

    [Fact]
    public async Task ImportThenAsk_RedisSessionBest_NamesTheSeedsCandidateWithACitation()
    {
        var import = await _folder.RunAsync("import", RepositoryPaths.EvalCases);
        var ask = await _folder.RunAsync("ask", "who answered the Redis session question best?", "--json");

        Assert.Equal(0, import.ExitCode);
        Assert.Equal(0, ask.ExitCode);
        var seed = (await _folder.ListAllAsync()).Single(summary => summary.Candidate == "Alex Thompson");
        var stored = await _folder.OpenStore().GetAsync(seed.Id);
        var redis = stored!.Report.AllQuestions.Single(question =>
            question.Question.Contains("Redis for session management", StringComparison.Ordinal));
        using var json = JsonDocument.Parse(ask.StandardOutput);
        var root = json.RootElement;
        Assert.True(root.GetProperty("hasEvidence").GetBoolean());
        Assert.StartsWith("Best answer to the stored question", root.GetProperty("answer").GetString());
        Assert.Contains($"Alex Thompson [{seed.Id} {redis.QuestionId}] scored {redis.Score} ",
            root.GetProperty("answer").GetString());
        Assert.Equal(
            $"[{seed.Id} {redis.QuestionId}]",
            root.GetProperty("citations")[0].GetProperty("reference").GetString());
    }

    public void Dispose() => _folder.Dispose();
}
