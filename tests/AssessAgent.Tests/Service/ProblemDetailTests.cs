using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace AssessAgent.Tests.Service;

/// <summary>
/// Every error the service answers is application/problem+json with a detail that names the problem, including
/// the refusals ASP.NET Core makes before an endpoint runs (route, method, content type, binding, body size).
/// </summary>
public sealed class ProblemDetailTests
{
    [Theory]
    [InlineData("GET", "/nowhere", null, null, HttpStatusCode.NotFound, "/nowhere")]
    [InlineData("DELETE", "/assessments", null, null, HttpStatusCode.MethodNotAllowed, "it takes")]
    [InlineData("GET", "/assessments?page=abc", null, null, HttpStatusCode.BadRequest, "'abc' of 'page'")]
    [InlineData("GET", "/assessments?page=99999999999", null, null, HttpStatusCode.BadRequest,
        "'99999999999' of 'page' is not a whole number")]
    [InlineData("GET", "/assessments?pageSize=1.5", null, null, HttpStatusCode.BadRequest, "'pageSize'")]
    [InlineData("POST", "/assessments", "application/pdf", "%PDF", HttpStatusCode.UnsupportedMediaType,
        "send one of application/json, text/markdown")]
    [InlineData("POST", "/assessments", "application/x-www-form-urlencoded", "a=b",
        HttpStatusCode.UnsupportedMediaType, "'application/x-www-form-urlencoded'")]
    [InlineData("POST", "/chat", "text/plain", "Which candidates were inconclusive?",
        HttpStatusCode.UnsupportedMediaType, "send one of application/json")]
    [InlineData("POST", "/chat", "application/json", "{\"question\": ", HttpStatusCode.BadRequest,
        "is not the JSON /chat takes")]
    [InlineData("POST", "/chat", "application/json", "{\"question\": 5}", HttpStatusCode.BadRequest,
        "the value at $.question has the wrong type")]
    [InlineData("POST", "/chat", "application/json", "", HttpStatusCode.BadRequest, "no body")]
    public async Task Error_AnyKind_IsAProblemWhoseDetailNamesIt(
        string method,
        string path,
        string? contentType,
        string? body,
        HttpStatusCode status,
        string detail)
    {
        await using var service = await ServiceTestHost.StartAsync(new FakeInterviewAssessor());
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (contentType is not null)
        {
            request.Content = new StringContent(body ?? string.Empty, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        }

        using var response = await service.Client.SendAsync(request);

        await AssertProblemAsync(response, status, detail);
    }

    [Fact]
    public async Task Submit_ChunkedBodyOverTheLimit_Answers413ProblemNamingTheLimit()
    {
        await using var service = await ServiceTestHost.StartAsync(new FakeInterviewAssessor(),
            new Dictionary<string, string?> { ["Service:MaxRequestBytes"] = "4096" });
        var text = Encoding.UTF8.GetBytes(Transcripts.Markdown(new string('x', 20_000)));

        // A stream of unknown length goes out chunked, so only reading the body finds it too large.
        using var content = new StreamContent(new UnknownLengthStream(text));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/markdown");
        using var response = await service.Client.PostAsync("/assessments", content);

        Assert.Null(content.Headers.ContentLength);
        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "limit of 4096 bytes");
    }

    [Fact]
    public async Task Requests_PastTheRate_Answer429ProblemNamingTheSetting()
    {
        await using var service = await ServiceTestHost.StartAsync(new FakeInterviewAssessor(),
            new Dictionary<string, string?> { ["Service:RequestsPerMinute"] = "1" });

        using var first = await service.Client.GetAsync("/assessments");
        using var second = await service.Client.GetAsync("/assessments");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await AssertProblemAsync(second, HttpStatusCode.TooManyRequests, "Service:RequestsPerMinute");
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string detail)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var text = problem.GetProperty("detail").GetString();
        Assert.True(text?.Contains(detail, StringComparison.Ordinal), $"The detail is: {text}");
        Assert.EndsWith(".", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text, StringComparison.Ordinal);
    }

    /// <summary>A readable stream that hides its length, as a pipe does.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
