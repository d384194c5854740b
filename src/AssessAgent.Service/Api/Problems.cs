using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AssessAgent.Service.Api;

/// <summary>The API's errors as application/problem+json, each with a title and a one-line detail.</summary>
public static class Problems
{
    public static ProblemHttpResult BadTranscript(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest,
            title: "The transcript cannot be read");

    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "The request is not valid");

    public static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem($"There is no assessment with id '{id}'.", statusCode: StatusCodes.Status404NotFound,
            title: "Not found");

    public static ProblemHttpResult NotReady(string id, string status) =>
        TypedResults.Problem($"Assessment '{id}' is {status}; its report exists once it has succeeded.",
            statusCode: StatusCodes.Status409Conflict, title: "The report is not ready");

    public static ProblemHttpResult Deleted(string id, string assessmentId) =>
        TypedResults.Problem(
            $"Assessment '{id}' was stored as '{assessmentId}', which has since been deleted from the assessment " +
            "store.",
            statusCode: StatusCodes.Status410Gone, title: "The report was deleted");

    public static ProblemHttpResult ProviderUnavailable(string detail) =>
        TypedResults.Problem(detail.ReplaceLineEndings(" ").Trim(),
            statusCode: StatusCodes.Status503ServiceUnavailable, title: "The model provider cannot be used");

    public static ProblemHttpResult TooLarge(long limit) =>
        TypedResults.Problem($"The request body is larger than the limit of {limit} bytes (Service:MaxRequestBytes).",
            statusCode: StatusCodes.Status413PayloadTooLarge, title: "The request is too large");

    public static ProblemHttpResult UnsupportedType(string? contentType) =>
        TypedResults.Problem(
            $"Content type '{contentType ?? "(none)"}' is not a transcript type; send one of " +
            $"{string.Join(", ", SubmissionReader.MediaTypes)}.",
            statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported content type");
}
