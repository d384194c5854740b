using AssessAgent.Agent.Configuration;
using Microsoft.Extensions.Options;

namespace AssessAgent.Agent.Ollama;

/// <summary>
/// The one limit on model calls in the process (<see cref="OllamaOptions.MaxParallelism"/>): the answers of every
/// assessment, their recommendations and the chat all wait here for a turn, however many assessments run at
/// once, so a service with several workers asks Ollama no more than a single assessment does.
/// </summary>
public sealed class ModelCallLimiter : IDisposable
{
    private readonly SemaphoreSlim _turns;
    private int _waiting;

    public ModelCallLimiter(IOptions<OllamaOptions> options)
    {
        Limit = options.Value.MaxParallelism;
        _turns = new SemaphoreSlim(Limit, Limit);
    }

    /// <summary>How many model calls may run at once.</summary>
    public int Limit { get; }

    /// <summary>How many model calls are running now.</summary>
    public int Running => Limit - _turns.CurrentCount;

    /// <summary>How many model calls are waiting for a turn.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    /// <summary>Waits for a turn; dispose the result when the call, its reply read to the end, is over.</summary>
    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _waiting);
        try
        {
            await _turns.WaitAsync(cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }

        return new Turn(_turns);
    }

    public void Dispose() => _turns.Dispose();

    private sealed class Turn(SemaphoreSlim turns) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                turns.Release();
            }
        }
    }
}
