using System.Threading.RateLimiting;
using AssessAgent.Service.Api;
using AssessAgent.Service.Health;
using AssessAgent.Service.Jobs;
using AssessAgent.Service.Web;
using AssessAgent.Store.Chat;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AssessAgent.Service;

/// <summary>Wires the service into a <see cref="WebApplicationBuilder"/> and maps its endpoints.</summary>
public static class AssessAgentServiceExtensions
{
    /// <summary>
    /// Registers the job store, the worker, the chat and the web plumbing (problem details, rate limiter,
    /// OpenAPI), and sets Kestrel's addresses and body limit from the <c>Service</c> section. The assessor and the
    /// assessment store come from the command line's registrations.
    /// </summary>
    public static WebApplicationBuilder AddAssessAgentService(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(ServiceOptions.SectionName).Get<ServiceOptions>()
            ?? new ServiceOptions();
        ServiceStartupChecks.Check(options);

        builder.WebHost.UseUrls([.. ServiceStartupChecks.Urls(options)]);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = options.MaxRequestBytes);
        builder.Services.AddAssessAgentServiceCore(builder.Configuration, options);

        return builder;
    }

    /// <summary>Adds the middleware and maps every endpoint.</summary>
    public static WebApplication MapAssessAgentService(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // Kestrel's and binding's refusals (a body past the limit, a query value or JSON body that cannot be
            // read) keep their status; anything else is a 500 whose problem body carries no stack trace.
            StatusCodeSelector = exception => exception is BadHttpRequestException bad
                ? bad.StatusCode
                : StatusCodes.Status500InternalServerError,
            // A client's bad request is answered with its reason; it is not the service's error to log as one.
            SuppressDiagnosticsCallback = context => context.Exception is BadHttpRequestException,
        });
        app.UseStatusCodePages();
        app.UseRateLimiter();
        app.UseMiddleware<ApiKeyMiddleware>();

        app.MapHealth();
        app.MapWebPage();

        var api = app.MapGroup(string.Empty);
        api.MapAssessments();
        api.MapChat();
        api.MapReady();
        app.MapOpenApi();

        LogStart(app);

        return app;
    }

    private static IServiceCollection AddAssessAgentServiceCore(
        this IServiceCollection services,
        IConfiguration configuration,
        ServiceOptions options)
    {
        services.AddOptions<ServiceOptions>()
            .Bind(configuration.GetSection(ServiceOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(_ => JobDatabase.FromConfiguration(configuration));
        services.AddSingleton<IJobStore, SqlJobStore>();
        services.AddSingleton<JobSignal>();
        services.AddSingleton<JobReportReader>();
        services.AddSingleton<ProviderCheck>();
        // The command line registers the store's chat already; the service needs it whoever builds the host.
        services.AddAssessmentChat();
        services.AddHostedService<JobStoreInitializer>();
        services.AddHostedService<AssessmentWorker>();

        // Binding failures are thrown rather than answered with a bare 400, so that the problem can name the
        // parameter or the place in the JSON body; ProblemDetailText gives every problem its detail.
        services.Configure<RouteHandlerOptions>(routing => routing.ThrowOnBadRequest = true);
        services.AddProblemDetails(problems => problems.CustomizeProblemDetails = ProblemDetailText.Fill);
        services.AddOpenApi();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                RateLimitPartition.GetFixedWindowLimiter(PartitionKey(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.RequestsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
        });

        return services;
    }

    // Each key has its own budget; without a key, each client address has one.
    private static string PartitionKey(HttpContext context)
    {
        var key = context.Request.Headers[ApiKeyMiddleware.HeaderName].ToString();

        return key.Length > 0 ? "key:" + key : "address:" + context.Connection.RemoteIpAddress;
    }

    private static void LogStart(WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<ServiceOptions>>().Value;
        var database = app.Services.GetRequiredService<JobDatabase>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("AssessAgent.Service");

        app.Lifetime.ApplicationStarted.Register(() =>
        {
            ServiceLog.Started(logger, string.Join(", ", app.Urls), database.Description);
            if (string.IsNullOrEmpty(options.ApiKey))
            {
                ServiceLog.OpenOnLoopback(logger);
            }
        });
    }
}
