using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using AssessAgent.Assessment;

namespace AssessAgent.Reporting;

/// <summary>
/// The one set of JSON settings for reports: camelCase names, enums as camelCase strings, durations in ISO 8601,
/// every member written (nulls included) and nothing unknown accepted on reading.
/// </summary>
internal static class ReportJsonOptions
{
    public static JsonSerializerOptions Instance { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = true,
            IndentSize = 2,
            NewLine = "\n",

            // Reports are files for people to open too; keep accents and quotes readable rather than \u-escaped.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { LeaveOutDerivedMembers } },
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.Converters.Add(new Iso8601DurationConverter());
        options.MakeReadOnly();

        return options;
    }

    /// <summary>
    /// <see cref="AssessmentReport.AllQuestions"/> repeats the sections' questions; writing it would double the file
    /// and give readers two copies that could disagree.
    /// </summary>
    private static void LeaveOutDerivedMembers(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Type != typeof(AssessmentReport))
        {
            return;
        }

        var allQuestions = typeInfo.Properties.Single(property => property.Name == "allQuestions");
        typeInfo.Properties.Remove(allQuestions);
    }
}
