using AssessAgent.Agent.Ollama;

namespace AssessAgent.Agent.Calling;

/// <summary>
/// Counts the model calls and tokens of one report and collects the notes its provenance should carry. One is
/// started per report and flows with it through every concurrent question.
/// </summary>
public sealed class RunRecord : IDisposable
{
    private static readonly AsyncLocal<RunRecord?> CurrentRecord = new();

    private readonly RunRecord? _outer;
    private readonly Lock _gate = new();
    private readonly List<string> _notes = [];
    private int _modelCalls;
    private long _promptTokens;
    private long _completionTokens;

    private RunRecord(RunRecord? outer)
    {
        _outer = outer;
    }

    /// <summary>The record of the report being written in this asynchronous flow, if any.</summary>
    public static RunRecord? Current => CurrentRecord.Value;

    public int ModelCalls => Volatile.Read(ref _modelCalls);

    public long PromptTokens => Interlocked.Read(ref _promptTokens);

    public long CompletionTokens => Interlocked.Read(ref _completionTokens);

    /// <summary>The notes so far, in the order they were added.</summary>
    public IReadOnlyList<string> Notes
    {
        get
        {
            lock (_gate)
            {
                return [.. _notes];
            }
        }
    }

    /// <summary>Starts a record for the current asynchronous flow; dispose it when the report is written.</summary>
    public static RunRecord Begin()
    {
        var record = new RunRecord(CurrentRecord.Value);
        CurrentRecord.Value = record;

        return record;
    }

    public void AddCall(ChatReplyStats stats)
    {
        Interlocked.Increment(ref _modelCalls);
        Interlocked.Add(ref _promptTokens, stats.PromptTokens ?? 0);
        Interlocked.Add(ref _completionTokens, stats.CompletionTokens ?? 0);
    }

    public void AddNote(string note)
    {
        lock (_gate)
        {
            _notes.Add(note);
        }
    }

    public void Dispose() => CurrentRecord.Value = _outer;
}
