using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace AssessAgent.Evals.Caching;

/// <summary>
/// The cache key of one chat request: a SHA-256 over a canonical JSON of everything that shapes the reply. The
/// messages carry the rendered prompt and the transcript's data; the options carry the reply's JSON schema, the
/// sampling settings (temperature, seed, top-p, ...), the reasoning ("think") setting and every additional
/// property such as <c>num_ctx</c>; the model is named by id and digest. A change to any of them, such as one
/// line of a prompt file, changes the key of exactly the requests that contain it.
/// </summary>
public static class ResponseCacheKey
{
    // Bumped when the canonical form changes, so that old entries are never read under a new meaning.
    private const int FormatVersion = 1;

    public static string Compute(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options,
        string? modelId,
        string? modelDigest)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("format", FormatVersion);
            writer.WriteString("model", modelId);
            writer.WriteString("digest", modelDigest);
            WriteMessages(writer, messages);
            WriteOptions(writer, options);
            writer.WriteEndObject();
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
    }

    private static void WriteMessages(Utf8JsonWriter writer, IEnumerable<ChatMessage> messages)
    {
        writer.WriteStartArray("messages");
        foreach (var message in messages)
        {
            writer.WriteStartObject();
            writer.WriteString("role", message.Role.Value);
            writer.WriteStartArray("contents");
            foreach (var content in message.Contents)
            {
                WriteContent(writer, content);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    // Text is written as itself; any other content (tool calls and results, data) by its JSON form.
    private static void WriteContent(Utf8JsonWriter writer, AIContent content)
    {
        if (content is TextContent text)
        {
            writer.WriteStringValue(text.Text);
            return;
        }

        writer.WriteStringValue(content.GetType().Name + ":" + ToJson(content, typeof(AIContent)));
    }

    private static void WriteOptions(Utf8JsonWriter writer, ChatOptions? options)
    {
        writer.WriteStartObject("options");
        if (options is not null)
        {
            writer.WriteString("modelId", options.ModelId);
            writer.WriteString("instructions", options.Instructions);
            writer.WriteString("responseFormat", DescribeFormat(options.ResponseFormat));
            WriteNumber(writer, "temperature", options.Temperature);
            WriteNumber(writer, "topP", options.TopP);
            WriteNumber(writer, "topK", options.TopK);
            WriteNumber(writer, "seed", options.Seed);
            WriteNumber(writer, "maxOutputTokens", options.MaxOutputTokens);
            WriteNumber(writer, "frequencyPenalty", options.FrequencyPenalty);
            WriteNumber(writer, "presencePenalty", options.PresencePenalty);
            writer.WriteString("stop", string.Join("\u0000", options.StopSequences ?? []));
            writer.WriteString("reasoning", ToJsonOrNull(options.Reasoning));
            writer.WriteString("tools", DescribeTools(options.Tools));
            writer.WriteString("toolMode", options.ToolMode?.ToString());
            WriteAdditionalProperties(writer, options.AdditionalProperties);
        }

        writer.WriteEndObject();
    }

    private static void WriteAdditionalProperties(Utf8JsonWriter writer, AdditionalPropertiesDictionary? properties)
    {
        writer.WriteStartObject("additional");
        foreach (var (name, value) in (properties ?? []).OrderBy(entry => entry.Key, StringComparer.Ordinal))
        {
            writer.WriteString(name, value is null ? "null" : ToJson(value, value.GetType()));
        }

        writer.WriteEndObject();
    }

    private static string? DescribeFormat(ChatResponseFormat? format) => format switch
    {
        null => null,
        ChatResponseFormatJson json => $"json:{json.SchemaName}:{json.SchemaDescription}:{json.Schema?.GetRawText()}",
        _ => format.GetType().Name,
    };

    private static string DescribeTools(IList<AITool>? tools) =>
        string.Join("\u0000", (tools ?? []).Select(tool => tool.Name + ":" + tool.Description));

    private static void WriteNumber(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static string? ToJsonOrNull(object? value) => value is null ? null : ToJson(value, value.GetType());

    // A value the AI serializer cannot write still keys by its text, which is stable for the option types used.
    private static string ToJson(object value, Type type)
    {
        try
        {
            return JsonSerializer.Serialize(value, type, AIJsonUtilities.DefaultOptions);
        }
        catch (Exception exception) when (exception is NotSupportedException or InvalidOperationException)
        {
            return value.ToString() ?? "";
        }
    }
}
