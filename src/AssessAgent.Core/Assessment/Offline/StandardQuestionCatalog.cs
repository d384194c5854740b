using System.Text.Json;
using System.Text.Json.Serialization;

namespace AssessAgent.Assessment.Offline;

/// <summary>One common interview question and the opening of a typical answer to it.</summary>
internal sealed record StandardQuestion(string Id, string Section, QuestionKind Kind, string Question, string Exemplar);

/// <summary>
/// Common interview questions across the usual sections, read once from the embedded
/// <c>Data/standard-questions.json</c>. Answers are compared with them to notice an answer to a question that
/// was never asked, such as a self-introduction given in reply to a technical question.
/// </summary>
internal static class StandardQuestionCatalog
{
    private const string ResourceName = "AssessAgent.Assessment.Offline.Data.standard-questions.json";

    private static readonly Lazy<IReadOnlyList<StandardQuestion>> Questions = new(Load);

    public static IReadOnlyList<StandardQuestion> All => Questions.Value;

    private static IReadOnlyList<StandardQuestion> Load()
    {
        using var stream = typeof(StandardQuestionCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the build.");

        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            Converters = { new JsonStringEnumConverter<QuestionKind>() },
        };
        var file = JsonSerializer.Deserialize<CatalogFile>(stream, options);

        return file?.Questions ?? throw new InvalidOperationException($"{ResourceName} holds no questions.");
    }

    private sealed record CatalogFile(IReadOnlyList<StandardQuestion> Questions);
}
