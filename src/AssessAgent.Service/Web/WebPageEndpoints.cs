using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace AssessAgent.Service.Web;

/// <summary>
/// The web page: three files embedded in this assembly, served as they are. They hold no data and so need no
/// key; the page asks for the key when the API answers 401 and sends it with every call.
/// </summary>
public static class WebPageEndpoints
{
    private static readonly (string Route, string Resource, string ContentType)[] Files =
    [
        ("/", "wwwroot/index.html", "text/html; charset=utf-8"),
        ("/app.js", "wwwroot/app.js", "text/javascript; charset=utf-8"),
        ("/app.css", "wwwroot/app.css", "text/css; charset=utf-8"),
    ];

    public static IEndpointRouteBuilder MapWebPage(this IEndpointRouteBuilder app)
    {
        foreach (var (route, resource, contentType) in Files)
        {
            var content = Read(resource);
            app.MapGet(route, (HttpResponse response) =>
                {
                    response.Headers.CacheControl = "no-cache";
                    response.Headers["Content-Security-Policy"] =
                        "default-src 'self'; frame-src 'self' blob:; style-src 'self' 'unsafe-inline'";

                    return TypedResults.Bytes(content, contentType);
                })
                .ExcludeFromDescription();
        }

        return app;
    }

    private static byte[] Read(string resource)
    {
        using var stream = typeof(WebPageEndpoints).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The web page's file {resource} is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);

        return copy.ToArray();
    }
}
