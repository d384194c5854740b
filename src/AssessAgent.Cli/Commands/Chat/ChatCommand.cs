using System.CommandLine;
using AssessAgent.Cli.Hosting;
using AssessAgent.Store.Chat;
using Microsoft.Extensions.DependencyInjection;

namespace AssessAgent.Cli.Commands.Chat;

/// <summary>
/// <c>assessagent chat</c>: a conversation about the stored assessments. At a terminal it is an interactive session
/// (<see cref="InteractiveChat"/>); with stdin redirected it answers one question per line (<see cref="LineChat"/>),
/// so that it can be scripted. Either way the session keeps its history across questions.
/// </summary>
public static class ChatCommand
{
    public static Command Create()
    {
        var common = new CommonOptions { UsesStore = true };
        var command = new Command("chat",
            "Talk about the stored assessments: ask questions, follow up, and use /list, /show, /compare, /stats, " +
            "/history and /help. /exit, Ctrl+D or Ctrl+C ends it. With stdin redirected, every line is one " +
            "question and every answer is printed in turn.");
        common.AddTo(command);

        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(
            ChatSettings.For(common, parseResult),
            common.IsVerbose(parseResult),
            (services, progress) => RunAsync(services, progress, cancellationToken)));

        return command;
    }

    private static async Task<int> RunAsync(
        IServiceProvider services,
        ProgressReporter progress,
        CancellationToken cancellationToken)
    {
        var session = await services.GetRequiredService<IStoreChatFactory>().StartAsync(cancellationToken);
        if (session.Notice is { } notice)
        {
            progress.Notice(notice);
        }

        if (!Console.IsInputRedirected)
        {
            await new InteractiveChat(session).RunAsync(cancellationToken);
            return ExitCodes.Success;
        }

        var lineChat = new LineChat(session, Console.In, Console.Out, Console.Error);
        var refusedAny = await lineChat.RunAsync(cancellationToken);

        return refusedAny ? ExitCodes.UsageError : ExitCodes.Success;
    }

    /// <summary>Whether a line asks to end the session.</summary>
    internal static bool IsExit(string line) =>
        line.Trim().ToLowerInvariant() is "/exit" or "/quit" or "/q";
}
