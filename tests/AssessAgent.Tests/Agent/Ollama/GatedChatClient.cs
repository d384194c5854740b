using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace AssessAgent.Tests.Agent.Ollama;

/// <summary>
/// A model that holds every call at a gate until the test opens it, and counts the calls inside it at once. A
/// streamed reply sends its first piece, then waits at the gate for the rest.
/// </summary>
internal sealed class GatedChatClient : IChatClient
{
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _inside;
    private int _mostInside;

    public int Inside => Volatile.Read(ref _inside);

    public int MostInside => Volatile.Read(ref _mostInside);

    public void Open() => _gate.TrySetResult();

    public async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        Enter();
        try
        {
            await _gate.Task.WaitAsync(cancellationToken);

            return new ChatResponse(new ChatMessage(ChatRole.Assistant, "done"));
        }
        finally
        {
            Interlocked.Decrement(ref _inside);
        }
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Enter();
        try
        {
            yield return new ChatResponseUpdate(ChatRole.Assistant, "first ");
            await _gate.Task.WaitAsync(cancellationToken);
            yield return new ChatResponseUpdate(ChatRole.Assistant, "rest");
        }
        finally
        {
            Interlocked.Decrement(ref _inside);
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }

    private void Enter()
    {
        var inside = Interlocked.Increment(ref _inside);
        var most = Volatile.Read(ref _mostInside);
        while (inside > most && Interlocked.CompareExchange(ref _mostInside, inside, most) != most)
        {
            most = Volatile.Read(ref _mostInside);
        }
    }
}
