using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AssessAgent.Service.Api;

/// <summary>
/// Gives every problem response a one-line detail that names the problem. The endpoints write their own; this
/// fills in those ASP.NET Core writes without one: no such route, a method the route does not take, a content type
/// the endpoint does not accept, a query value or JSON body that cannot be bound, a body past the limit and the rate
/// limit. It runs for every problem the service writes, so no endpoint has to handle these itself.
/// </summary>
internal static partial class ProblemDetailText
{
    /// <summary>Sets the detail of a problem that has none.</summary>
    public static void Fill(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (!string.IsNullOrWhiteSpace(problem.Detail))
        {
            return;
        }

        var http = context.HttpContext;
        var status = problem.Status ?? http.Response.StatusCode;
        // A 415 says which types the endpoint takes, whether routing or the body's binding refused the request.
        problem.Detail = context.Exception is BadHttpRequestException bad
            && status != StatusCodes.Status415UnsupportedMediaType
                ? ForBadRequest(bad, http)
                : ForStatus(status, http);
    }

    private static string ForStatus(int status, HttpContext http)
    {
        var request = http.Request;
        var options = http.RequestServices.GetRequiredService<IOptions<ServiceOptions>>().Value;

        return status switch
        {
            StatusCodes.Status404NotFound =>
                $"There is nothing at {request.Path}; the API has /assessments, /chat, /ready and /health, and the " +
                "web page is at /.",
            StatusCodes.Status405MethodNotAllowed => MethodNotAllowed(http),
            StatusCodes.Status413PayloadTooLarge =>
                $"The request body is larger than the limit of {options.MaxRequestBytes} bytes " +
                "(Service:MaxRequestBytes).",
            StatusCodes.Status415UnsupportedMediaType => UnsupportedType(http),
            StatusCodes.Status429TooManyRequests =>
                $"More than {options.RequestsPerMinute} requests a minute came from this key or address " +
                "(Service:RequestsPerMinute); wait a minute and try again.",
            StatusCodes.Status500InternalServerError =>
                "The service failed while handling the request; its log says why.",
            _ => string.Create(CultureInfo.InvariantCulture,
                $"{request.Method} {request.Path} was answered {status} {ReasonPhrase(status)}."),
        };
    }

    private static string MethodNotAllowed(HttpContext http)
    {
        var request = http.Request;
        var allowed = string.Join(", ", MatchingEndpoints(http)
            .SelectMany(endpoint => endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])
            .Distinct(StringComparer.OrdinalIgnoreCase));

        return allowed.Length == 0
            ? $"{request.Path} does not take {request.Method}."
            : $"{request.Path} does not take {request.Method}; it takes {allowed}.";
    }

    private static string UnsupportedType(HttpContext http)
    {
        var request = http.Request;
        var accepted = MatchingEndpoints(http)
            .Where(endpoint => AcceptsMethod(endpoint, request.Method))
            .SelectMany(endpoint => endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes ?? [])
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var given = string.IsNullOrEmpty(request.ContentType) ? "(none)" : request.ContentType;

        return accepted.Count == 0
            ? $"{request.Method} {request.Path} does not accept content type '{given}'."
            : $"{request.Method} {request.Path} does not accept content type '{given}'; send one of " +
                $"{string.Join(", ", accepted)}.";
    }

    private static string ForBadRequest(BadHttpRequestException bad, HttpContext http)
    {
        if (bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return ForStatus(bad.StatusCode, http);
        }

        if (BindFailure().Match(bad.Message) is { Success: true } bind)
        {
            var type = bind.Groups["type"].Value;
            return $"The value '{bind.Groups["value"].Value}' of '{bind.Groups["name"].Value}' is not " +
                $"{Describe(type) ?? "a " + type}.";
        }

        if (bad.InnerException is JsonException json)
        {
            return $"The request body is not the JSON {http.Request.Path} takes: {DescribeJson(json)}";
        }

        if (bad.Message.Contains("no body was provided", StringComparison.Ordinal))
        {
            return $"The request has no body; {http.Request.Path} takes a JSON object.";
        }

        if (MissingValue().Match(bad.Message) is { Success: true } missing)
        {
            return missing.Groups["source"].Value == "body"
                ? $"The request has no body; {http.Request.Path} takes a JSON object."
                : $"The request has no '{missing.Groups["name"].Value}' (expected in the " +
                    $"{missing.Groups["source"].Value}).";
        }

        return bad.Message.ReplaceLineEndings(" ").Trim();
    }

    // "The JSON value could not be converted to System.String. Path: $.question | LineNumber: 0 | ..." says the
    // place in a form a person can follow once the CLR's names are put in JSON's words.
    private static string DescribeJson(JsonException json)
    {
        var where = string.IsNullOrEmpty(json.Path) ? "" : $" at {json.Path}";
        var message = json.Message.Split(" Path: ")[0].Split(" LineNumber: ")[0].Trim();
        if (Conversion().Match(message) is { Success: true } conversion)
        {
            // System.Text.Json names the type that holds a bad member, not the member's own type.
            var described = Describe(conversion.Groups["type"].Value);
            return described is null
                ? $"the value{where} has the wrong type."
                : $"the value{where} is not {described}.";
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"{message.TrimEnd('.')}{where} (line {json.LineNumber + 1}).");
    }

    private static string? Describe(string typeName) => NullableOf().Replace(typeName, "$1").TrimEnd('?') switch
    {
        "int" or "Int32" or "System.Int32" => $"a whole number from {int.MinValue} to {int.MaxValue}",
        "long" or "Int64" or "System.Int64" => "a whole number",
        "string" or "String" or "System.String" => "a string",
        "bool" or "Boolean" or "System.Boolean" => "true or false",
        "double" or "Double" or "System.Double" => "a number",
        _ => null,
    };

    private static bool AcceptsMethod(Endpoint endpoint, string method) =>
        endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods
            .Contains(method, StringComparer.OrdinalIgnoreCase) ?? true;

    // The rejection endpoints routing answers 405 and 415 with carry nothing about the route, so the real endpoints
    // whose template matches the path say which methods and content types it takes.
    private static IEnumerable<RouteEndpoint> MatchingEndpoints(HttpContext http)
    {
        var endpoints = http.RequestServices.GetRequiredService<EndpointDataSource>().Endpoints;
        var path = http.Request.Path;

        return endpoints
            .OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.RoutePattern.RawText is { } template
                && new TemplateMatcher(TemplateParser.Parse(template), new RouteValueDictionary())
                    .TryMatch(path, new RouteValueDictionary()));
    }

    private static string ReasonPhrase(int status) =>
        Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase
            ? $"({phrase})"
            : string.Empty;

    [GeneratedRegex("""^Failed to bind parameter "(?<type>[^"]+) (?<name>[^" ]+)" from "(?<value>.*)"\.$""")]
    private static partial Regex BindFailure();

    [GeneratedRegex("""^Required parameter "(?<type>[^"]+) (?<name>[^" ]+)" was not provided from (?<source>\w+)""")]
    private static partial Regex MissingValue();

    [GeneratedRegex(@"could not be converted to (?<type>[\w.]*\w)")]
    private static partial Regex Conversion();

    [GeneratedRegex(@"^Nullable<(.+)>$")]
    private static partial Regex NullableOf();
}
