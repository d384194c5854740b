using System.Text.Json;
using System.Text.Json.Serialization;

namespace AssessAgent.Evals.Goldens;

/// <summary>
/// Reads golden reports: parses the JSON, validates it against the golden schema and checks what the schema
/// cannot (an ordered score range). Every problem is an <see cref="EvalInputException"/> naming the file and
/// the JSON path.
/// </summary>
public static class GoldenLoader
{
    private static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };

    /// <summary>Reads the golden in the file at <paramref name="path"/>.</summary>
    /// <exception cref="EvalInputException">The file is missing, not JSON, or breaks the golden schema.</exception>
    public static GoldenReport Load(string path)
    {
        if (!File.Exists(path))
        {
            throw EvalInputException.InFile(path, "golden file not found");
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Reads a golden from text already in memory, named <paramref name="sourceName"/> in errors.</summary>
    /// <exception cref="EvalInputException">The text is not JSON or breaks the golden schema.</exception>
    public static GoldenReport Parse(string json, string sourceName)
    {
        using var document = ParseJson(json, sourceName);

        var violations = GoldenSchema.Validate(document.RootElement);
        if (violations.Count > 0)
        {
            var (jsonPath, problem) = violations[0];
            var more = violations.Count > 1 ? $" ({violations.Count - 1} more problem(s) after this one)" : "";
            throw EvalInputException.AtJsonPath(sourceName, jsonPath, problem + more);
        }

        var golden = document.RootElement.Deserialize<GoldenReport>(SerializerOptions)
            ?? throw EvalInputException.InFile(sourceName, "the golden is empty");
        CheckScoreRanges(golden, sourceName);

        return golden;
    }

    private static JsonDocument ParseJson(string json, string sourceName)
    {
        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException exception)
        {
            var line = exception.LineNumber is { } zeroBased ? $"line {zeroBased + 1}: " : "";
            throw new EvalInputException($"{sourceName}: {line}not valid JSON ({exception.Message})", exception);
        }
    }

    private static void CheckScoreRanges(GoldenReport golden, string sourceName)
    {
        for (var index = 0; index < golden.Questions.Count; index++)
        {
            var question = golden.Questions[index];
            if (question.MinScore > question.MaxScore)
            {
                throw EvalInputException.AtJsonPath(sourceName, $"$.questions[{index}].scoreRange",
                    $"the lowest score {question.MinScore} is above the highest {question.MaxScore}");
            }
        }

        if (golden.HumanScores is { } human && human.Scores.Count != golden.Questions.Count)
        {
            throw EvalInputException.AtJsonPath(sourceName, "$.humanScores.scores",
                $"gives {human.Scores.Count} scores for {golden.Questions.Count} questions");
        }
    }
}
