using System.Text.Json;
using System.Text.RegularExpressions;

namespace AssessAgent.Agent.Replies;

/// <summary>
/// Finds the JSON object in a model's reply when the model wrapped it: in code fences, after a
/// <c>&lt;think&gt;...&lt;/think&gt;</c> block, or with chatter before or after. The object itself is never
/// repaired: a reply whose object does not parse is not read.
/// </summary>
public static partial class ReplyReader
{
    private const int MaxCandidates = 16;

    /// <summary>Reads the first complete JSON object of the reply.</summary>
    /// <param name="reply">The model's text.</param>
    /// <param name="value">The object, when one was found.</param>
    /// <param name="error">Why none was found, as a sentence, when none was.</param>
    public static bool TryRead(string? reply, out JsonElement value, out string error)
    {
        value = default;
        var text = WithoutReasoning(reply ?? "", out var unfinishedReasoning);
        if (unfinishedReasoning)
        {
            error = "The reply's <think> block never ends, so it holds no answer.";

            return false;
        }

        var start = text.IndexOf('{');
        for (var tried = 0; start >= 0 && tried < MaxCandidates; tried++)
        {
            var end = MatchingBrace(text, start);
            if (end < 0)
            {
                break;
            }

            if (TryParse(text[start..(end + 1)], out value))
            {
                error = "";

                return true;
            }

            start = text.IndexOf('{', start + 1);
        }

        error = text.Contains('{')
            ? "The reply's JSON object is not valid JSON."
            : "The reply holds no JSON object.";

        return false;
    }

    /// <summary>The reply without its reasoning blocks, which are never read as the answer.</summary>
    public static string WithoutReasoning(string reply, out bool unfinished)
    {
        var text = ThinkBlock().Replace(reply, "");
        unfinished = text.Contains("<think>", StringComparison.OrdinalIgnoreCase);

        return text;
    }

    // Walks from an opening brace to its partner, skipping braces inside JSON strings (and their escapes), so that
    // a backtick fence or a brace quoted inside the answer cannot end the object early.
    private static int MatchingBrace(string text, int start)
    {
        var depth = 0;
        var inString = false;

        for (var index = start; index < text.Length; index++)
        {
            var character = text[index];
            if (inString)
            {
                if (character == '\\')
                {
                    index++;
                }
                else if (character == '"')
                {
                    inString = false;
                }

                continue;
            }

            depth += character switch { '{' => 1, '}' => -1, _ => 0 };
            inString = character == '"';
            if (depth == 0)
            {
                return index;
            }
        }

        return -1;
    }

    private static bool TryParse(string candidate, out JsonElement value)
    {
        try
        {
            using var document = JsonDocument.Parse(candidate);
            value = document.RootElement.Clone();

            return value.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            value = default;

            return false;
        }
    }

    [GeneratedRegex(@"<think>.*?</think>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ThinkBlock();
}
