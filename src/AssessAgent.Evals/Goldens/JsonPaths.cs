using System.Text;

namespace AssessAgent.Evals.Goldens;

/// <summary>Turns JSON pointers into the JSON paths people read in error messages.</summary>
internal static class JsonPaths
{
    /// <summary>
    /// Turns <c>/questions/0/band</c> into <c>$.questions[0].band</c>, and the empty pointer into <c>$</c>.
    /// </summary>
    public static string FromPointer(string pointer)
    {
        var path = new StringBuilder("$");
        foreach (var segment in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = segment
                .Replace("~1", "/", StringComparison.Ordinal)
                .Replace("~0", "~", StringComparison.Ordinal);
            path.Append(int.TryParse(name, out var index) ? $"[{index}]" : $".{name}");
        }

        return path.ToString();
    }
}
