using AssessAgent.Store.Chat;

namespace AssessAgent.Cli.Commands.Chat;

/// <summary>
/// The chat over redirected input: every non-empty line is one question, answered in turn on the output as
/// <c>&gt; QUESTION</c>, the answer, its sources and a blank line, until the input ends or a line says
/// <c>/exit</c>. A question the model cannot answer, or one too long to ask, is reported on the error output and
/// the session goes on.
/// </summary>
internal sealed class LineChat(IStoreChatSession session, TextReader input, TextWriter output, TextWriter error)
{
    /// <returns>Whether a question was refused as too long, which the command reports as a usage error.</returns>
    public async Task<bool> RunAsync(CancellationToken cancellationToken)
    {
        var refusedAny = false;
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (ChatCommand.IsExit(line))
            {
                break;
            }

            if (ChatQuestions.Problem(line) is { } problem)
            {
                await error.WriteLineAsync($"assessagent: {problem}");
                refusedAny = true;
                continue;
            }

            await output.WriteLineAsync($"> {line.Trim()}");
            try
            {
                await AnswerPrinter.StreamAsync(session, line, output, cancellationToken);
            }
            catch (AssessmentChatException exception)
            {
                await output.WriteLineAsync();
                await error.WriteLineAsync($"assessagent: {exception.Message}");
            }

            await output.WriteLineAsync();
        }

        return refusedAny;
    }
}
