using Spectre.Console;

namespace AssessAgent.Cli.Commands.Store;

/// <summary>
/// The consoles of the store commands: tables on stdout, questions on stderr. Redirected stdout gets plain text
/// (no colour, no borders, no wrapping), so that a listing can be read by grep, cut or a file.
/// </summary>
internal static class StoreConsoles
{
    /// <summary>Wide enough that a redirected row is never wrapped onto a second line.</summary>
    private const int RedirectedWidth = 1000;

    public static bool IsOutputRedirected => Console.IsOutputRedirected;

    /// <summary>Whether someone at a terminal can be asked a question and answer it.</summary>
    public static bool IsInteractive => !Console.IsInputRedirected && !Console.IsErrorRedirected;

    public static IAnsiConsole CreateOutput()
    {
        if (!IsOutputRedirected)
        {
            return AnsiConsole.Console;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(Console.Out),
        });
        console.Profile.Width = RedirectedWidth;

        return console;
    }

    public static IAnsiConsole CreatePrompt() => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Interactive = InteractionSupport.Yes,
        Out = new AnsiConsoleOutput(Console.Error),
    });
}
