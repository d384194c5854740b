using AssessAgent.Cli.Commands.Chat;
using AssessAgent.Store.Chat;
using AssessAgent.Tests.Store.Chat;
using Microsoft.Extensions.Logging.Abstractions;
using Spectre.Console.Testing;

namespace AssessAgent.Tests.Cli.Chat;

/// <summary>
/// The terminal chat on Spectre.Console's test console: questions typed key by key, Up to ask again, and the ways
/// out (Ctrl+D, Ctrl+C, <c>/exit</c>), each of which ends the session instead of leaving it waiting for a key.
/// </summary>
public sealed class InteractiveChatTests : IAsyncLifetime
{
    private readonly TestConsole _console = new();
    private ChatStoreFixture _store = null!;
    private StoreChatSession _session = null!;

    public async Task InitializeAsync()
    {
        _store = await ChatStoreFixture.CreateAsync();
        _session = new StoreChatSession(
            null, new RetrievalAnswerer(_store.Store, _store.Queries, NullLogger<RetrievalAnswerer>.Instance));
        _console.Interactive();
    }

    public async Task DisposeAsync()
    {
        _console.Dispose();
        await _store.DisposeAsync();
    }

    [Fact]
    public async Task Run_QuestionThenUpThenCtrlD_AnswersTwiceKeepsTheHistoryAndEnds()
    {
        _console.Input.PushTextWithEnter("Who talked about read replicas?");
        _console.Input.PushKey(ConsoleKey.UpArrow);
        _console.Input.PushKey(ConsoleKey.Enter);
        _console.Input.PushKey(new ConsoleKeyInfo('\u0004', ConsoleKey.D, shift: false, alt: false, control: true));

        await new InteractiveChat(_session, _console).RunAsync(CancellationToken.None);

        Assert.Equal(
            ["Who talked about read replicas?", "Who talked about read replicas?"],
            _session.History.Select(exchange => exchange.Question));
        Assert.Contains($"Sources: [{_store.Ids["Ada Example"]} technical-1 @00:05:00]", _console.Output);
        Assert.EndsWith("Bye.", _console.Output.TrimEnd());
    }

    [Fact]
    public async Task Run_CtrlCWhileWaitingForAQuestion_EndsTheSessionWithoutAnError()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await new InteractiveChat(_session, _console).RunAsync(cancelled.Token);

        Assert.Empty(_session.History);
        Assert.EndsWith("Bye.", _console.Output.TrimEnd());
    }

    [Fact]
    public async Task Run_Exit_EndsWithoutAskingIt()
    {
        _console.Input.PushTextWithEnter("/exit");

        await new InteractiveChat(_session, _console).RunAsync(CancellationToken.None);

        Assert.Empty(_session.History);
    }
}
