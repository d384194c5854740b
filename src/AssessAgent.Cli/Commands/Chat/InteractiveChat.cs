using AssessAgent.Store.Chat;
using Spectre.Console;

namespace AssessAgent.Cli.Commands.Chat;

/// <summary>
/// The chat at a terminal, on Spectre.Console: a prompt, the answer as it streams, its sources dimmed. The session
/// keeps the conversation, so follow-up questions reach the model with what came before, and Up recalls earlier
/// questions. <c>/exit</c>, Ctrl+D and Ctrl+C end it without an error.
/// </summary>
internal sealed class InteractiveChat(IStoreChatSession session, IAnsiConsole? console = null)
{
    private readonly IAnsiConsole _console = console ?? AnsiConsole.Console;
    private readonly TerminalLineReader _reader = new(console ?? AnsiConsole.Console);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        _console.Write(new Rule($"[bold]AssessAgent chat[/] [grey]answers by {Markup.Escape(session.AnsweredBy)}[/]")
            .LeftJustified());
        _console.MarkupLine("[grey]Ask about past assessments. /help lists the commands; /exit or Ctrl+D ends.[/]");

        try
        {
            while (await ReadQuestionAsync(cancellationToken) is { } question)
            {
                await AnswerAsync(question, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C is how many people leave a terminal program; it ends the session, not with an error.
        }

        _console.MarkupLine("[grey]Bye.[/]");
    }

    private async Task<string?> ReadQuestionAsync(CancellationToken cancellationToken)
    {
        while (await _reader.ReadLineAsync("[green]?[/] ", cancellationToken) is { } line)
        {
            if (ChatCommand.IsExit(line))
            {
                return null;
            }

            if (!string.IsNullOrWhiteSpace(line))
            {
                return line;
            }
        }

        return null;
    }

    private async Task AnswerAsync(string question, CancellationToken cancellationToken)
    {
        if (ChatQuestions.Problem(question) is { } problem)
        {
            _console.MarkupLine($"[red]{Markup.Escape(problem)}[/]");
            _console.WriteLine();
            return;
        }

        try
        {
            ChatAnswer? answer = null;
            await foreach (var update in session.AskStreamingAsync(question, cancellationToken))
            {
                answer = update.Answer ?? answer;
                _console.Write(new Text(update.Text));
            }

            _console.WriteLine();
            if (answer is not null && AnswerPrinter.Sources(answer) is { } sources)
            {
                _console.MarkupLine($"[grey]{Markup.Escape(sources)}[/]");
            }
        }
        catch (AssessmentChatException exception)
        {
            _console.MarkupLine($"[red]{Markup.Escape(exception.Message)}[/]");
        }

        _console.WriteLine();
    }
}
