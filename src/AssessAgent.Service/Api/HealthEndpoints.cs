using AssessAgent.Service.Health;
using AssessAgent.Service.Jobs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace AssessAgent.Service.Api;

/// <summary>
/// <c>/health</c> (the process answers) and <c>/ready</c> (the store answers and the model provider, looked at
/// again now and then, lets jobs be assessed).
/// </summary>
public static class HealthEndpoints
{
    /// <summary>What <c>/ready</c> reports.</summary>
    /// <param name="Status">ready or unavailable.</param>
    /// <param name="Store">reachable or unreachable, with the database of the jobs and the assessment store.</param>
    /// <param name="Assessor">What assesses the next job: ollama or offline.</param>
    /// <param name="Provider">The model provider's state and why.</param>
    public sealed record Readiness(string Status, string Store, string Assessor, ProviderReadiness Provider);

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", () => TypedResults.Ok(new { status = "alive" }))
            .WithTags("Health").WithSummary("Answers while the process runs; needs no key.");

        return app;
    }

    public static RouteGroupBuilder MapReady(this RouteGroupBuilder api)
    {
        api.MapGet("/ready", ReadyAsync)
            .WithTags("Health")
            .Produces<Readiness>(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("Whether the store answers and jobs can be assessed: 503 when the store does not answer, " +
                "or Ollama is required (or already chosen) and cannot be used; 200 with the offline assessor when " +
                "Ollama is down and the provider is auto.");

        return api;
    }

    private static async Task<Results<Ok<Readiness>, JsonHttpResult<Readiness>>> ReadyAsync(
        IJobStore jobs,
        JobDatabase database,
        ProviderCheck providerCheck,
        CancellationToken cancellationToken)
    {
        var reachable = await jobs.IsReachableAsync(cancellationToken);
        var provider = await providerCheck.CheckAsync(cancellationToken);

        var ready = reachable && provider.CanAssess;
        var readiness = new Readiness(
            ready ? "ready" : "unavailable",
            $"{(reachable ? "reachable" : "unreachable")}: {database.Description}",
            provider.Assessor,
            provider);

        return ready
            ? TypedResults.Ok(readiness)
            : TypedResults.Json(readiness, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
