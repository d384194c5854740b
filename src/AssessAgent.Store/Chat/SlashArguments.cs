using System.Text.RegularExpressions;

namespace AssessAgent.Store.Chat;

/// <summary>
/// The arguments of a slash command: <c>key=value</c> filters (a value with spaces in double quotes) and the
/// words left over.
/// </summary>
internal sealed partial record SlashArguments(IReadOnlyDictionary<string, string> Named, string Rest)
{
    public static SlashArguments Parse(string text)
    {
        var named = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match match in NamedPattern().Matches(text))
        {
            named[match.Groups["key"].Value] = match.Groups["quoted"].Success
                ? match.Groups["quoted"].Value
                : match.Groups["plain"].Value;
        }

        var rest = NamedPattern().Replace(text, " ").Trim();

        return new SlashArguments(named, MultipleSpaces().Replace(rest, " "));
    }

    public string? this[string key] => Named.GetValueOrDefault(key);

    /// <summary>The names that are not among <paramref name="known"/>, to report as mistakes.</summary>
    public IReadOnlyList<string> UnknownNames(params string[] known) =>
        Named.Keys.Where(key => !known.Contains(key, StringComparer.OrdinalIgnoreCase)).ToList();

    [GeneratedRegex("""(?<key>[A-Za-z]+)=(?:"(?<quoted>[^"]*)"|(?<plain>\S+))""")]
    private static partial Regex NamedPattern();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex MultipleSpaces();
}
