using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace AssessAgent.Tests.Evals.Harness.Fakes;

/// <summary>A model stand-in that answers with a reply derived from the request and counts the requests.</summary>
internal sealed class CountingChatClient(string modelId = "qwen2.5:7b-instruct") : IChatClient
{
    public int Calls { get; private set; }

    public Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        Calls++;

        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, Reply(messages)))
        {
            Usage = new UsageDetails { InputTokenCount = 100, OutputTokenCount = 10 },
        });
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Calls++;
        await Task.Yield();
        foreach (var word in Reply(messages).Split(' '))
        {
            yield return new ChatResponseUpdate(ChatRole.Assistant, word + " ");
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceType == typeof(ChatClientMetadata) ? new ChatClientMetadata("fake", null, modelId) : null;

    public void Dispose()
    {
    }

    /// <summary>The reply is the request's last message upper-cased, so a reply shows which request made it.</summary>
    public static string Reply(IEnumerable<ChatMessage> messages) => "REPLY " + messages.Last().Text.ToUpperInvariant();
}
