using System.Text;
using Spectre.Console;

namespace AssessAgent.Cli.Commands.Chat;

/// <summary>
/// Reads one line at the terminal, key by key, so that the chat can end on Ctrl+D and on Ctrl+C while it waits:
/// Spectre.Console's own prompt neither sees Ctrl+D nor returns when the command is cancelled. Up and Down recall
/// the session's earlier questions. It edits at the end of the line only (Backspace); moving the cursor within the
/// line is not supported.
/// </summary>
internal sealed class TerminalLineReader(IAnsiConsole console)
{
    private static readonly TimeSpan KeyPoll = TimeSpan.FromMilliseconds(20);

    private readonly List<string> _history = [];

    /// <summary>The line, or <see langword="null"/> on Ctrl+D at an empty line.</summary>
    /// <exception cref="OperationCanceledException">The command was cancelled (Ctrl+C).</exception>
    public async Task<string?> ReadLineAsync(string promptMarkup, CancellationToken cancellationToken)
    {
        console.Markup(promptMarkup);
        var line = new StringBuilder();
        var recalled = _history.Count;

        while (true)
        {
            var key = await NextKeyAsync(cancellationToken);
            switch (key)
            {
                case { Key: ConsoleKey.Enter }:
                    console.WriteLine();
                    Remember(line.ToString());
                    return line.ToString();

                case { Key: ConsoleKey.D, Modifiers: ConsoleModifiers.Control } or { KeyChar: '\u0004' }
                    when line.Length == 0:
                    console.WriteLine();
                    return null;

                case { Key: ConsoleKey.Backspace } when line.Length > 0:
                    line.Length--;
                    console.Write("\b \b");
                    break;

                case { Key: ConsoleKey.UpArrow } when recalled > 0:
                    Replace(line, _history[--recalled]);
                    break;

                case { Key: ConsoleKey.DownArrow } when recalled < _history.Count:
                    Replace(line, ++recalled == _history.Count ? string.Empty : _history[recalled]);
                    break;

                case { KeyChar: var character } when !char.IsControl(character):
                    line.Append(character);
                    console.Write(new Text(character.ToString()));
                    break;
            }
        }
    }

    private async Task<ConsoleKeyInfo> NextKeyAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (console.Input.IsKeyAvailable() && console.Input.ReadKey(intercept: true) is { } key)
            {
                return key;
            }

            await Task.Delay(KeyPoll, cancellationToken);
        }
    }

    private void Remember(string line)
    {
        if (!string.IsNullOrWhiteSpace(line) && (_history.Count == 0 || _history[^1] != line))
        {
            _history.Add(line);
        }
    }

    private void Replace(StringBuilder line, string text)
    {
        console.Write(string.Concat(Enumerable.Repeat("\b \b", line.Length)));
        line.Clear().Append(text);
        console.Write(new Text(text));
    }
}
