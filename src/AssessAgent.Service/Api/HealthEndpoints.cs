using AssessAgent.Assessment;
using AssessAgent.Service.Jobs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AssessAgent.Service.Api;

/// <summary><c>/health</c> (the process answers) and <c>/ready</c> (the store and the assessor can be used).</summary>
public static class HealthEndpoints
{
    /// <summary>What <c>/ready</c> reports.</summary>
    /// <param name="Status">ready or unavailable.</param>
    /// <param name="Store">reachable or unreachable, with the database.</param>
    /// <param name="Assessor">The assessor's name, such as offline or ollama.</param>
    public sealed record Readiness(string Status, string Store, string Assessor);

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", () => TypedResults.Ok(new { status = "alive" }))
            .WithTags("Health").WithSummary("Answers while the process runs; needs no key.");

        return app;
    }

    public static RouteGroupBuilder MapReady(this RouteGroupBuilder api)
    {
        api.MapGet("/ready", ReadyAsync)
            .WithTags("Health").WithSummary("Whether the job store answers and which assessor is in use.");

        return api;
    }

    private static async Task<Results<Ok<Readiness>, JsonHttpResult<Readiness>>> ReadyAsync(
        IJobStore jobs,
        JobDatabase database,
        IServiceProvider services,
        CancellationToken cancellationToken)
    {
        var reachable = await jobs.IsReachableAsync(cancellationToken);

        // Resolving the assessor loads the embedding model (or asks the provider) once; later calls are cheap.
        var assessor = services.GetRequiredService<IInterviewAssessor>().Name;
        var readiness = new Readiness(
            reachable ? "ready" : "unavailable",
            $"{(reachable ? "reachable" : "unreachable")}: {database.Description}",
            assessor);

        return reachable
            ? TypedResults.Ok(readiness)
            : TypedResults.Json(readiness, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
