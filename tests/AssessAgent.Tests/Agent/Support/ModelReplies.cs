using System.Text.Json.Nodes;
using AssessAgent.Tests.Agent.FakeOllama;

namespace AssessAgent.Tests.Agent.Support;

/// <summary>Valid JSON replies of the v1 prompt functions, for scripting the fake server.</summary>
internal static class ModelReplies
{
    public static string Relevance(string label = "relevant", string instead = "") => new JsonObject
    {
        ["relevance"] = label,
        ["confidence"] = 0.9,
        ["reason"] = "The answer addresses how to reduce database load.",
        ["addresses_instead"] = instead,
    }.ToJsonString();

    public static string Score(int score = 80, bool addressesAssessor = false) => new JsonObject
    {
        ["score"] = score,
        ["reasoning"] = "Concrete caching plan with invalidation and measurement.",
        ["addresses_assessor"] = addressesAssessor,
    }.ToJsonString();

    public static string Feedback(params (string Point, string Evidence)[] strengths) => new JsonObject
    {
        ["strengths"] = new JsonArray([.. strengths.Select(s => (JsonNode)new JsonObject
        {
            ["point"] = s.Point,
            ["evidence"] = s.Evidence,
        })]),
        ["improvements"] = new JsonArray(new JsonObject
        {
            ["point"] = "Could say how the cache behaves under a stampede.",
            ["evidence"] = "",
        }),
    }.ToJsonString();

    public static string Recommendation(string decision = "Hire", params string[] questionIds) => new JsonObject
    {
        ["executive_summary"] = "A solid technical interview.",
        ["key_strengths"] = new JsonArray(new JsonObject
        {
            ["title"] = "Caching",
            ["detail"] = "Gave a concrete caching plan.",
            ["question_ids"] = new JsonArray([.. questionIds.Select(id => (JsonNode)id!)]),
        }),
        ["areas_for_improvement"] = new JsonArray(),
        ["decision"] = decision,
        ["confidence"] = 0.7,
        ["reasoning"] = "Strong answers on the technical questions.",
        ["next_steps"] = new JsonArray("Schedule a system design round."),
    }.ToJsonString();

    /// <summary>Scripts every v1 function to answer validly, over and over.</summary>
    public static void AnswerEverything(FakeOllamaServer server, int score = 80)
    {
        server.Default("CheckRelevance", new FakeChatReply.Answer(Relevance()));
        server.Default("ScoreAnswer", new FakeChatReply.Answer(Score(score)));
        server.Default(
            "ExtractFeedback", new FakeChatReply.Answer(Feedback(("Plans invalidation.", "explicit invalidation"))));
        server.Default("WriteRecommendation", new FakeChatReply.Answer(Recommendation("Hire", "technical-1")));
        server.Default("AssessAnswer", new FakeChatReply.Answer(Combined(score)));
    }

    public static string Combined(int score = 80, string label = "relevant") => new JsonObject
    {
        ["relevance"] = label,
        ["confidence"] = 0.85,
        ["reason"] = "The answer addresses how to reduce database load.",
        ["addresses_instead"] = "",
        ["score"] = score,
        ["reasoning"] = "Concrete caching plan.",
        ["addresses_assessor"] = false,
        ["strengths"] = new JsonArray(
            new JsonObject { ["point"] = "Measures.", ["evidence"] = "measure the hit rate" }),
        ["improvements"] = new JsonArray(),
    }.ToJsonString();
}
