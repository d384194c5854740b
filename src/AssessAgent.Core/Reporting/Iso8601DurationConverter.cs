using System.Text.Json;
using System.Text.Json.Serialization;
using System.Xml;

namespace AssessAgent.Reporting;

/// <summary>Writes and reads a <see cref="TimeSpan"/> as an ISO 8601 duration such as <c>PT45M</c>.</summary>
internal sealed class Iso8601DurationConverter : JsonConverter<TimeSpan>
{
    public override TimeSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        try
        {
            return XmlConvert.ToTimeSpan(text ?? string.Empty);
        }
        catch (Exception exception) when (exception is FormatException or OverflowException)
        {
            throw new JsonException($"\"{text}\" is not an ISO 8601 duration such as PT45M.");
        }
    }

    public override void Write(Utf8JsonWriter writer, TimeSpan value, JsonSerializerOptions options) =>
        writer.WriteStringValue(XmlConvert.ToString(value));
}
