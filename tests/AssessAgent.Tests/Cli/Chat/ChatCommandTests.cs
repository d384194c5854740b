using AssessAgent.Tests.Agent.FakeOllama;
using AssessAgent.Tests.TestSupport;

namespace AssessAgent.Tests.Cli.Chat;

/// <summary><c>assessagent chat</c> with stdin redirected: one question per line, answered in turn.</summary>
[Collection(EvalCaseStore.Collection)]
public sealed class ChatCommandTests(EvalCaseStore cases)
{
    [Fact]
    public async Task Chat_PipedQuestionsOffline_AnswersEachInTurnAndKeepsTheHistory()
    {
        var input = "who answered the Redis session question best?\n\n/stats\n/history\n";

        var result = await CliProcess.RunWithStoreAsync(cases.DataFolder, cases.Environment, input, "chat");

        Assert.Equal(0, result.ExitCode);
        var output = result.StandardOutput;
        var first = output.IndexOf("> who answered the Redis session question best?", StringComparison.Ordinal);
        var second = output.IndexOf("> /stats", StringComparison.Ordinal);
        var history = output.IndexOf("> /history", StringComparison.Ordinal);
        Assert.True(first >= 0 && first < second && second < history, output);
        Assert.Contains($"Alex Thompson [{cases.Ids["01-seed-misaligned-report"]} ", output[first..second]);
        Assert.Contains("mean", output[second..history]);
        Assert.Contains("2 questions in this session", output[history..]);
        Assert.Contains("1. who answered the Redis session question best?", output[history..]);
    }

    [Fact]
    public async Task Chat_PipedQuestionsWithOllama_SendsTheFirstExchangeWithTheSecondQuestion()
    {
        await using var server = await FakeOllamaServer.StartAsync();
        server.Script("",
            new FakeChatReply.Answer("The store holds interviews for backend and frontend roles."),
            new FakeChatReply.Answer("Most were backend."));

        var result = await CliProcess.RunWithStoreAsync(
            cases.DataFolder,
            AskCommandTests.OnOllama(server, cases),
            "Which roles are in the store?\nWhich was most common?\n/exit\n",
            "chat");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, server.ChatRequests.Count);
        var messages = (server.ChatRequests[1].Json?["messages"]?.AsArray() ?? [])
            .Select(message => (message?["role"]?.GetValue<string>(), message?["content"]?.GetValue<string>()))
            .ToList();
        Assert.Equal(("user", "Which roles are in the store?"), messages[1]);
        Assert.Equal(("assistant", "The store holds interviews for backend and frontend roles."), messages[2]);
        Assert.Equal(("user", "Which was most common?"), messages[3]);
        Assert.Contains("Most were backend.", result.StandardOutput);
    }
}
