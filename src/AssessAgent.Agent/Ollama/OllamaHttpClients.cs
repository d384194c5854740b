using System.Net;
using AssessAgent.Agent.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace AssessAgent.Agent.Ollama;

/// <summary>
/// The HTTP clients that reach Ollama: one for model calls, behind retries, a circuit breaker and a per-attempt
/// timeout, and one for the quick start-up probe.
/// </summary>
internal static class OllamaHttpClients
{
    /// <summary>The named client for chat calls.</summary>
    public const string Chat = "AssessAgent.Ollama";

    /// <summary>The named client for <c>/api/version</c>, <c>/api/tags</c> and <c>/api/show</c>.</summary>
    public const string Probe = "AssessAgent.Ollama.Probe";

    public static void Register(IServiceCollection services)
    {
        services.AddTransient<OllamaErrorHandler>();
        services.AddTransient<OllamaWireObserver>();

        // The pipeline's timeout governs time; HttpClient's own would cut a slow local generation short.
        var chat = services.AddHttpClient(Chat, ConfigureBase(Timeout.InfiniteTimeSpan))
            .AddHttpMessageHandler<OllamaErrorHandler>();
        chat.AddResilienceHandler("ollama-chat", (pipeline, context) =>
            ConfigurePipeline(pipeline, context.ServiceProvider.GetRequiredService<IOptions<OllamaOptions>>().Value));
        chat.AddHttpMessageHandler<OllamaWireObserver>();

        services.AddHttpClient(Probe, (provider, client) =>
        {
            var options = provider.GetRequiredService<IOptions<OllamaOptions>>().Value;
            client.BaseAddress = BaseAddressOf(options.Endpoint);
            client.Timeout = options.ProbeTimeout;
        });
    }

    private static Action<IServiceProvider, HttpClient> ConfigureBase(TimeSpan timeout) => (provider, client) =>
    {
        client.BaseAddress = BaseAddressOf(provider.GetRequiredService<IOptions<OllamaOptions>>().Value.Endpoint);
        client.Timeout = timeout;
    };

    // Relative paths such as "api/chat" replace the last segment of a base address without a trailing slash, which
    // would lose a path prefix like http://gateway/ollama.
    private static Uri BaseAddressOf(Uri endpoint) =>
        endpoint.AbsoluteUri.EndsWith('/') ? endpoint : new Uri(endpoint.AbsoluteUri + "/");

    private static void ConfigurePipeline(
        ResiliencePipelineBuilder<HttpResponseMessage> pipeline,
        OllamaOptions options)
    {
        pipeline.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = Math.Max(options.MaxRetries, 1),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.RetryDelay,
            ShouldHandle = arguments => ValueTask.FromResult(options.MaxRetries > 0 && IsTransient(arguments.Outcome)),
        });

        pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            FailureRatio = 0.8,
            MinimumThroughput = 8,
            SamplingDuration = TimeSpan.FromMinutes(2),
            BreakDuration = TimeSpan.FromSeconds(30),
        });

        pipeline.AddTimeout(options.RequestTimeout);
    }

    /// <summary>
    /// Connection errors and server errors (503 "busy" among them) are worth another try. A call that timed out is
    /// not: it most likely was a long generation that would time out again.
    /// </summary>
    internal static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: TimeoutRejectedException } => false,
        { Exception: HttpRequestException } => true,
        { Result: { } response } =>
            (int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.TooManyRequests,
        _ => false,
    };
}
