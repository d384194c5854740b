using System.Collections.Concurrent;
using AssessAgent.Tests.Agent.FakeOllama;
using AssessAgent.Tests.Agent.Support;

namespace AssessAgent.Benchmarks.ModelPipeline;

/// <summary>
/// Valid replies for every prompt function, each held back for as long as a model of the given speed would take
/// to read the prompt and write the reply, with the token counts the fake server reports (a quarter of the
/// characters). It records every call so that a report's model time, calls and tokens can be added up.
/// </summary>
public sealed class SimulatedModel(TimeSpan perPromptToken, TimeSpan perCompletionToken)
{
    private static readonly Dictionary<string, string> Replies = new(StringComparer.Ordinal)
    {
        ["CheckRelevance"] = ModelReplies.Relevance(),
        ["ScoreAnswer"] = ModelReplies.Score(),
        ["ExtractFeedback"] = ModelReplies.Feedback(("Plans invalidation.", "explicit invalidation")),
        ["WriteRecommendation"] = ModelReplies.Recommendation("Hire", "q1"),
        ["AssessAnswer"] = ModelReplies.Combined(),
    };

    private readonly ConcurrentQueue<ModelCall> _calls = new();

    /// <summary>Every call answered since the last <see cref="Reset"/>.</summary>
    public IReadOnlyList<ModelCall> Calls => [.. _calls];

    /// <summary>Answers every prompt function on <paramref name="server"/>.</summary>
    public void Serve(FakeOllamaServer server)
    {
        foreach (var (function, content) in Replies)
        {
            server.Default(function, request => Answer(function, content, request));
        }
    }

    public void Reset() => _calls.Clear();

    // The fake server runs each request on its own pool thread, so a blocking wait holds that request alone.
    private FakeChatReply Answer(string function, string content, RecordedRequest request)
    {
        var promptTokens = Math.Max(1, request.AllMessageText.Length / 4);
        var completionTokens = Math.Max(1, content.Length / 4);
        var modelTime = (perPromptToken * promptTokens) + (perCompletionToken * completionTokens);

        Thread.Sleep(modelTime);
        _calls.Enqueue(new ModelCall(function, promptTokens, completionTokens, modelTime));

        return new FakeChatReply.Answer(content);
    }
}

/// <summary>One simulated model call: its prompt function, token counts and the time the model took.</summary>
public sealed record ModelCall(string Function, int PromptTokens, int CompletionTokens, TimeSpan ModelTime);
