using System.Text.Json;
using System.Text.Json.Serialization;

namespace AssessAgent.Store.Serialization;

/// <summary>How reports and transcripts are written into the store: camelCase, enums by name.</summary>
internal static class StoreJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new JsonException($"The stored JSON holds no {typeof(T).Name}.");
}
