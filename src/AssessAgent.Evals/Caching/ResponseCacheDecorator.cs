using AssessAgent.LanguageModels;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AssessAgent.Evals.Caching;

/// <summary>Puts a <see cref="ResponseCachingChatClient"/> in front of the model's chat client.</summary>
public sealed class ResponseCacheDecorator(
    IOptions<ResponseCacheOptions> options,
    ResponseCacheStatistics statistics,
    ILogger<ResponseCachingChatClient> logger) : IChatClientDecorator
{
    /// <inheritdoc />
    public IChatClient Decorate(IChatClient inner) =>
        new ResponseCachingChatClient(inner, options.Value, statistics, logger);
}
