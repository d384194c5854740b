using System.Text;

namespace AssessAgent.Reading.Json;

/// <summary>
/// Writes locations in a JSON document the way people read them: <c>sections[1].questions[0].question</c>.
/// </summary>
internal static class JsonPaths
{
    /// <summary>The path of a JSON Pointer such as <c>/sections/1/questions/0</c>; "(root)" for the document.</summary>
    public static string FromPointer(string pointer)
    {
        var path = new StringBuilder();
        var segments = pointer.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(segment => Uri.UnescapeDataString(segment).Replace("~1", "/").Replace("~0", "~"));

        foreach (var segment in segments)
        {
            path.Append(segment.All(char.IsAsciiDigit) ? $"[{segment}]" : Property(path.Length == 0, segment));
        }

        return path.Length > 0 ? path.ToString() : "(root)";
    }

    /// <summary>The path of a property below <paramref name="parent"/> (empty for the root).</summary>
    public static string Child(string parent, string property) => parent + Property(parent.Length == 0, property);

    /// <summary>The path of an array item below <paramref name="parent"/>.</summary>
    public static string Item(string parent, int index) => $"{parent}[{index}]";

    private static string Property(bool first, string name)
    {
        var plain = name.Length > 0
            && name.All(character => char.IsLetterOrDigit(character) || character is '_' or '$');
        if (!plain)
        {
            return $"[\"{name}\"]";
        }

        return first ? name : "." + name;
    }
}
