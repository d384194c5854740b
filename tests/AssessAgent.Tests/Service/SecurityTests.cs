using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AssessAgent.Cli.Hosting;
using Microsoft.Extensions.Options;

namespace AssessAgent.Tests.Service;

/// <summary>The API key, the body limit, the rate limit and the refusal to listen openly without a key.</summary>
public sealed class SecurityTests
{
    private static readonly Dictionary<string, string?> KeySettings = new() { ["Service:ApiKey"] = "s3cret" };

    [Fact]
    public async Task Request_WithoutTheKey_Answers401ProblemButHealthAnswers()
    {
        await using var service = await ServiceTestHost.StartAsync(new FakeInterviewAssessor(), KeySettings);
        using var anonymous = new HttpClient { BaseAddress = service.Client.BaseAddress };

        using var list = await anonymous.GetAsync("/assessments");
        using var health = await anonymous.GetAsync("/health");
        using var withKey = await service.Client.GetAsync("/assessments");

        Assert.Equal(HttpStatusCode.Unauthorized, list.StatusCode);
        Assert.Equal("application/problem+json", list.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withKey.StatusCode);
    }

    [Fact]
    public async Task Request_WithAWrongKey_Answers401()
    {
        await using var service = await ServiceTestHost.StartAsync(new FakeInterviewAssessor(), KeySettings);
        using var wrong = new HttpClient { BaseAddress = service.Client.BaseAddress };
        wrong.DefaultRequestHeaders.Add("X-Api-Key", "guess");

        using var response = await wrong.GetAsync("/ready");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Submit_BodyOverTheLimit_Answers413Problem()
    {
        await using var service = await ServiceTestHost.StartAsync(new FakeInterviewAssessor(),
            new Dictionary<string, string?> { ["Service:MaxRequestBytes"] = "4096" });

        using var content = new StringContent(Transcripts.Markdown(new string('x', 8000)), Encoding.UTF8,
            "text/markdown");
        using var response = await service.Client.PostAsync("/assessments", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var list = await service.Client.GetFromJsonAsync<JsonElement>("/assessments");
        Assert.Equal(0, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Requests_PastThePerKeyRate_Answer429()
    {
        await using var service = await ServiceTestHost.StartAsync(new FakeInterviewAssessor(),
            new Dictionary<string, string?> { ["Service:ApiKey"] = "k", ["Service:RequestsPerMinute"] = "3" });

        var statuses = new List<HttpStatusCode>();
        for (var request = 0; request < 4; request++)
        {
            using var response = await service.Client.GetAsync("/assessments");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests],
            statuses);
    }

    [Fact]
    public void Build_ListeningBeyondLoopbackWithoutAKey_RefusesWithTheSettingToSet()
    {
        var settings = new Dictionary<string, string?> { ["Service:Urls"] = "http://0.0.0.0:0" };

        var error = Assert.Throws<OptionsValidationException>(() => AgentHost.BuildService(settings, false));

        Assert.Contains("Service:ApiKey", error.Message, StringComparison.Ordinal);
    }
}
