using System.Text.Json;
using AssessAgent.Assessment;

namespace AssessAgent.Agent.Assessing;

/// <summary>The model's view of one answer, read from the replies of its prompt functions.</summary>
public sealed record ModelAnswerVerdict(
    RelevanceLabel Relevance,
    double Confidence,
    string RelevanceReason,
    string? AddressesInstead,
    int Score,
    string ScoreReasoning,
    bool AddressesAssessor,
    IReadOnlyList<Feedback> Strengths,
    IReadOnlyList<Feedback> Improvements)
{
    /// <summary>Reads the relevance part of a CheckRelevance or AssessAnswer reply.</summary>
    public static (RelevanceLabel Label, double Confidence, string Reason, string? Instead) ReadRelevance(
        JsonElement reply)
    {
        var label = reply.GetProperty("relevance").GetString() switch
        {
            "relevant" => RelevanceLabel.Relevant,
            "partly_relevant" => RelevanceLabel.PartlyRelevant,
            _ => RelevanceLabel.OffTopic,
        };
        var instead = reply.GetProperty("addresses_instead").GetString();

        return (label, reply.GetProperty("confidence").GetDouble(), reply.GetProperty("reason").GetString() ?? "",
            string.IsNullOrWhiteSpace(instead) ? null : instead);
    }

    /// <summary>Reads the score part of a ScoreAnswer or AssessAnswer reply.</summary>
    public static (int Score, string Reasoning, bool AddressesAssessor) ReadScore(JsonElement reply) =>
        (reply.GetProperty("score").GetInt32(),
            reply.GetProperty("reasoning").GetString() ?? "",
            reply.GetProperty("addresses_assessor").GetBoolean());

    /// <summary>Reads the feedback part of an ExtractFeedback or AssessAnswer reply.</summary>
    public static (IReadOnlyList<Feedback> Strengths, IReadOnlyList<Feedback> Improvements) ReadFeedback(
        JsonElement reply) =>
        (ReadPoints(reply.GetProperty("strengths")), ReadPoints(reply.GetProperty("improvements")));

    /// <summary>Reads a whole AssessAnswer reply.</summary>
    public static ModelAnswerVerdict FromCombined(JsonElement reply)
    {
        var relevance = ReadRelevance(reply);
        var score = ReadScore(reply);
        var feedback = ReadFeedback(reply);

        return new ModelAnswerVerdict(
            relevance.Label, relevance.Confidence, relevance.Reason, relevance.Instead,
            score.Score, score.Reasoning, score.AddressesAssessor, feedback.Strengths, feedback.Improvements);
    }

    private static List<Feedback> ReadPoints(JsonElement points) =>
        [.. points.EnumerateArray().Select(point => new Feedback(
            point.GetProperty("point").GetString() ?? "",
            point.GetProperty("evidence").GetString() is { Length: > 0 } evidence ? evidence : null))];
}
