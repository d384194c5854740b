using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace AssessAgent.Service.Api;

/// <summary>
/// Lets a request through only with the configured key in <c>X-Api-Key</c>, except <c>/health</c> and the web
/// page's own files, which hold no data. With no key configured the service starts only on loopback (see
/// <see cref="ServiceStartupChecks"/>), and then every request passes.
/// </summary>
public sealed class ApiKeyMiddleware(RequestDelegate next, IOptions<ServiceOptions> options)
{
    public const string HeaderName = "X-Api-Key";

    private static readonly HashSet<string> OpenPaths = new(StringComparer.OrdinalIgnoreCase)
    {
        "/health", "/", "/app.js", "/app.css",
    };

    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        var expected = options.Value.ApiKey;
        if (string.IsNullOrEmpty(expected) || OpenPaths.Contains(context.Request.Path.Value ?? string.Empty))
        {
            await next(context);
            return;
        }

        var given = context.Request.Headers[HeaderName].ToString();
        if (FixedTimeEquals(given, expected))
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "Missing or wrong API key",
                Detail = $"Send the service's API key in the {HeaderName} header.",
            },
        });
    }

    private static bool FixedTimeEquals(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
