using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AssessAgent.Evals.Caching;

/// <summary>
/// A chat client that answers a request it has seen before from the cache instead of the model, keyed by
/// <see cref="ResponseCacheKey"/>: a re-run of unchanged prompts on the same model makes no model call, and an
/// edited prompt misses exactly the requests it renders. Put it outermost, in front of the model's client.
/// </summary>
public sealed partial class ResponseCachingChatClient : DelegatingChatClient
{
    private readonly ResponseCacheOptions _options;
    private readonly ResponseCacheStore _store;
    private readonly ResponseCacheStatistics _statistics;
    private readonly ILogger _logger;

    public ResponseCachingChatClient(
        IChatClient innerClient,
        ResponseCacheOptions options,
        ResponseCacheStatistics statistics,
        ILogger<ResponseCachingChatClient>? logger = null)
        : base(innerClient)
    {
        _options = options;
        _store = new ResponseCacheStore(options.Folder);
        _statistics = statistics;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        if (!_options.Enabled)
        {
            _statistics.RecordBypass();
            return await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        }

        var list = messages as IReadOnlyList<ChatMessage> ?? messages.ToList();
        var key = KeyOf(list, options);
        if (_store.TryRead(key) is { } cached)
        {
            Hit(key);
            return cached;
        }

        Miss(key);
        var response = await base.GetResponseAsync(list, options, cancellationToken).ConfigureAwait(false);
        _store.Write(key, response);

        return response;
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (!_options.Enabled)
        {
            _statistics.RecordBypass();
            await foreach (var update in base.GetStreamingResponseAsync(messages, options, cancellationToken)
                .ConfigureAwait(false))
            {
                yield return update;
            }

            yield break;
        }

        var list = messages as IReadOnlyList<ChatMessage> ?? messages.ToList();
        var key = KeyOf(list, options);
        if (_store.TryRead(key) is { } cached)
        {
            Hit(key);
            foreach (var update in cached.ToChatResponseUpdates())
            {
                yield return update;
            }

            yield break;
        }

        Miss(key);
        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in base.GetStreamingResponseAsync(list, options, cancellationToken)
            .ConfigureAwait(false))
        {
            updates.Add(update);
            yield return update;
        }

        _store.Write(key, updates.ToChatResponse());
    }

    private string KeyOf(IReadOnlyList<ChatMessage> messages, ChatOptions? options)
    {
        var modelId = options?.ModelId ?? InnerClient.GetService<ChatClientMetadata>()?.DefaultModelId;

        return ResponseCacheKey.Compute(messages, options, modelId, _options.ModelDigest);
    }

    private void Hit(string key)
    {
        _statistics.RecordHit();
        LogHit(_logger, key);
    }

    private void Miss(string key)
    {
        _statistics.RecordMiss();
        LogMiss(_logger, key);
    }

    [LoggerMessage(EventId = 4201, Level = LogLevel.Debug, Message = "Response cache hit {Key}")]
    private static partial void LogHit(ILogger logger, string key);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Debug, Message = "Response cache miss {Key}; asking the model")]
    private static partial void LogMiss(ILogger logger, string key);
}
