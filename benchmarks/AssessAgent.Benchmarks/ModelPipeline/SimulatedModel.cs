using System.Collections.Concurrent;
using AssessAgent.Tests.Agent.FakeOllama;

namespace AssessAgent.Benchmarks.ModelPipeline;

/// <summary>
/// Plausible replies (<see cref="PlausibleReplies"/>) for every prompt function, each held back for as long as a
/// model of the given speed would take to read the prompt and write the reply, with the token counts the fake
/// server reports (a quarter of the characters). It records every call so that a report's model time, calls and
/// tokens can be added up. With the delay off it answers at once, for warming up.
/// </summary>
public sealed class SimulatedModel(TimeSpan perPromptToken, TimeSpan perCompletionToken)
{
    private static readonly string[] Functions =
        ["CheckRelevance", "ScoreAnswer", "ExtractFeedback", "AssessAnswer", ModelCall.RecommendationFunction];

    private readonly ConcurrentQueue<ModelCall> _calls = new();
    private volatile bool _delaying = true;

    /// <summary>Every call answered since the last <see cref="Reset"/>.</summary>
    public IReadOnlyList<ModelCall> Calls => [.. _calls];

    /// <summary>Whether replies wait for the simulated model time; on by default.</summary>
    public bool Delaying
    {
        get => _delaying;
        set => _delaying = value;
    }

    /// <summary>Answers every prompt function on <paramref name="server"/>.</summary>
    public void Serve(FakeOllamaServer server)
    {
        foreach (var function in Functions)
        {
            server.Default(function, request => Answer(function, request));
        }
    }

    public void Reset() => _calls.Clear();

    // The fake server runs each request on its own pool thread, so a blocking wait holds that request alone.
    private FakeChatReply.Answer Answer(string function, RecordedRequest request)
    {
        var prompt = request.AllMessageText;
        var content = PlausibleReplies.For(function, prompt);
        var promptTokens = Math.Max(1, prompt.Length / 4);
        var completionTokens = Math.Max(1, content.Length / 4);
        var modelTime = (perPromptToken * promptTokens) + (perCompletionToken * completionTokens);

        if (_delaying)
        {
            Thread.Sleep(modelTime);
        }

        _calls.Enqueue(new ModelCall(function, promptTokens, completionTokens, modelTime));

        return new FakeChatReply.Answer(content);
    }
}
