using System.CommandLine;

namespace AssessAgent.Cli.Commands.Chat;

/// <summary>The settings of the hosts <c>ask</c> and <c>chat</c> run in.</summary>
internal static class ChatSettings
{
    // The provider resolver warns that Ollama is not answering in the assessor's words ("using the offline
    // assessor"); the chat session's notice says the same in its own, so the warning would print it twice.
    private const string ResolverLogLevel =
        "Logging:LogLevel:AssessAgent.Agent.Providers.AssessmentProviderResolver";

    /// <summary>The common flags' settings, with the resolver's warning left to the session's notice.</summary>
    public static IReadOnlyDictionary<string, string?> For(CommonOptions common, ParseResult parseResult)
    {
        var settings = new Dictionary<string, string?>(common.ToSettings(parseResult));
        if (!common.IsVerbose(parseResult))
        {
            settings[ResolverLogLevel] = "Error";
        }

        return settings;
    }
}
