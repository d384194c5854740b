using System.CommandLine.Parsing;
using System.Globalization;

namespace AssessAgent.Cli.Commands;

/// <summary>
/// Parsers for the options that take a count, such as <c>--limit</c> and <c>--workers</c>: a value that is not a
/// whole number in the option's range becomes a usage error naming the option, the value and the range, instead
/// of the parser's own message (which names a .NET type) or an exception when the value is read.
/// </summary>
internal static class WholeNumbers
{
    /// <summary>A parser for an option that always has a value, <paramref name="fallback"/> when not given.</summary>
    public static Func<ArgumentResult, int> Between(int minimum, int maximum, int fallback) =>
        result => Parse(result, minimum, maximum) ?? fallback;

    /// <summary>A parser for an option whose absence means "use the setting".</summary>
    public static Func<ArgumentResult, int?> OptionalBetween(int minimum, int maximum) =>
        result => Parse(result, minimum, maximum);

    private static int? Parse(ArgumentResult result, int minimum, int maximum)
    {
        if (result.Tokens.Count == 0)
        {
            return null;
        }

        var token = result.Tokens[0].Value;
        if (!long.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ||
            value < minimum || value > maximum)
        {
            result.AddError($"{OptionName(result)} takes a whole number from {minimum} to {maximum}, not '{token}'.");
            return null;
        }

        return (int)value;
    }

    private static string OptionName(ArgumentResult result) =>
        result.Parent is OptionResult option ? option.Option.Name : result.Argument.Name;
}
