using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace AssessAgent.Agent.Ollama;

/// <summary>
/// Makes every request to the model it wraps take a turn of the <see cref="ModelCallLimiter"/>, held until the
/// reply has been read to its end; a streamed reply holds it while it streams.
/// </summary>
public sealed class ModelCallLimitingChatClient(IChatClient inner, ModelCallLimiter limiter)
    : DelegatingChatClient(inner)
{
    /// <inheritdoc/>
    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        using var turn = await limiter.EnterAsync(cancellationToken);

        return await base.GetResponseAsync(messages, options, cancellationToken);
    }

    /// <inheritdoc/>
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var turn = await limiter.EnterAsync(cancellationToken);

        await foreach (var update in base.GetStreamingResponseAsync(messages, options, cancellationToken))
        {
            yield return update;
        }
    }
}
