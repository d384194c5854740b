using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AssessAgent.Benchmarks.ModelPipeline;

/// <summary>
/// Replies a reasonable model could give, built from the request: evidence quotes are copied from the answer
/// inside the prompt's <c>&lt;answer&gt;</c> tags, so that the answer guards keep the verdict and the benchmark
/// measures the normal path rather than the fallback.
/// </summary>
public static partial class PlausibleReplies
{
    private const int QuoteWords = 6;

    /// <summary>The reply of <paramref name="function"/> to messages that read <paramref name="prompt"/>.</summary>
    public static string For(string function, string prompt)
    {
        var answer = AnswerIn(prompt);

        return function switch
        {
            "CheckRelevance" => Relevance().ToJsonString(),
            "ScoreAnswer" => Score(answer).ToJsonString(),
            "ExtractFeedback" => Feedback(answer).ToJsonString(),
            "AssessAnswer" => Combined(answer).ToJsonString(),
            ModelCall.RecommendationFunction => Recommendation(prompt).ToJsonString(),
            _ => throw new ArgumentException($"No simulated reply for '{function}'.", nameof(function)),
        };
    }

    private static JsonObject Relevance() => new()
    {
        ["relevance"] = "relevant",
        ["confidence"] = 0.85,
        ["reason"] = "The answer speaks to what the question asks.",
        ["addresses_instead"] = "",
    };

    // A score that varies with the answer, as a model's would, but is the same for the same answer every time.
    private static JsonObject Score(string answer) => new()
    {
        ["score"] = 45 + (Words(answer).Length % 40),
        ["reasoning"] = "Covers part of the rubric with some concrete detail; other points are left out.",
        ["addresses_assessor"] = false,
    };

    private static JsonObject Feedback(string answer) => new()
    {
        ["strengths"] = new JsonArray(new JsonObject
        {
            ["point"] = "Gives a concrete account in the candidate's own words.",
            ["evidence"] = QuoteFrom(answer),
        }),
        ["improvements"] = new JsonArray(new JsonObject
        {
            ["point"] = "Could say how the result was measured.",
            ["evidence"] = "",
        }),
    };

    private static JsonObject Combined(string answer)
    {
        var combined = Relevance();
        foreach (var (name, value) in Score(answer).Concat(Feedback(answer)).ToArray())
        {
            combined[name] = value?.DeepClone();
        }

        return combined;
    }

    private static JsonObject Recommendation(string prompt) => new()
    {
        ["executive_summary"] = "A mixed interview: concrete on some questions, thin on others.",
        ["key_strengths"] = new JsonArray(new JsonObject
        {
            ["title"] = "Concrete examples",
            ["detail"] = "Answers with specific steps where the question asks for them.",
            ["question_ids"] = new JsonArray(FirstQuestionId(prompt)),
        }),
        ["areas_for_improvement"] = new JsonArray(),
        ["decision"] = "LeanHire",
        ["confidence"] = 0.6,
        ["reasoning"] = "More strong answers than weak ones.",
        ["next_steps"] = new JsonArray("Schedule a system design round."),
    };

    private static string AnswerIn(string prompt) =>
        AnswerTags().Match(prompt) is { Success: true } match ? match.Groups["answer"].Value : "";

    // The first few words of the answer, exactly as they stand, which is what the prompt asks a quote to be.
    private static string QuoteFrom(string answer)
    {
        var words = Words(answer);

        return string.Join(' ', words.Take(QuoteWords));
    }

    private static string[] Words(string text) =>
        text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);

    private static string FirstQuestionId(string prompt) =>
        QuestionId().Match(prompt) is { Success: true } match ? match.Value : "q1";

    [GeneratedRegex(@"<answer>\s*(?<answer>.*?)\s*</answer>", RegexOptions.Singleline)]
    private static partial Regex AnswerTags();

    [GeneratedRegex(@"\bq\d+\b")]
    private static partial Regex QuestionId();
}
