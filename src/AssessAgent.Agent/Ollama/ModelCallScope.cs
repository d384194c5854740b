namespace AssessAgent.Agent.Ollama;

/// <summary>
/// Carries the statistics of the chat replies made inside one logical model call from the HTTP handler that
/// reads them back to the code that made the call. Semantic Kernel hands back only the reply text, and the
/// handler is the one place that sees Ollama's final line whatever the client library maps from it.
/// </summary>
public sealed class ModelCallScope : IDisposable
{
    private static readonly AsyncLocal<ModelCallScope?> CurrentScope = new();

    private readonly ModelCallScope? _outer;
    private readonly List<ChatReplyStats> _replies = [];
    private readonly Lock _gate = new();

    private ModelCallScope(ModelCallScope? outer)
    {
        _outer = outer;
    }

    /// <summary>The scope the current asynchronous flow is in, if any.</summary>
    public static ModelCallScope? Current => CurrentScope.Value;

    /// <summary>The replies recorded so far, oldest first.</summary>
    public IReadOnlyList<ChatReplyStats> Replies
    {
        get
        {
            lock (_gate)
            {
                return [.. _replies];
            }
        }
    }

    /// <summary>The last reply recorded, or <see langword="null"/> when none was.</summary>
    public ChatReplyStats? LastReply => Replies.LastOrDefault();

    /// <summary>Starts a scope for the current asynchronous flow; dispose it when the call is done.</summary>
    public static ModelCallScope Begin()
    {
        var scope = new ModelCallScope(CurrentScope.Value);
        CurrentScope.Value = scope;

        return scope;
    }

    internal void Record(ChatReplyStats stats)
    {
        lock (_gate)
        {
            _replies.Add(stats);
        }
    }

    public void Dispose() => CurrentScope.Value = _outer;
}
