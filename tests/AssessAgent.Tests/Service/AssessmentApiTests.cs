using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AssessAgent.Assessment;

namespace AssessAgent.Tests.Service;

/// <summary>The assessments API over real HTTP, with the real offline assessor.</summary>
public sealed class AssessmentApiTests
{
    [Fact]
    public async Task Submit_Seed_IsAssessedInconclusiveWithMarkdownAndHtmlReports()
    {
        await using var service = await ServiceTestHost.StartAsync();

        using var content = new StringContent(Transcripts.Seed, Encoding.UTF8, "text/plain");
        using var accepted = await service.Client.PostAsync("/assessments?name=seed.txt", content);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var id = (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        Assert.Equal($"/assessments/{id}", accepted.Headers.Location?.OriginalString);

        var resource = await service.WaitForAsync(id);
        Assert.Equal("succeeded", resource.GetProperty("status").GetString());
        Assert.Equal("inconclusive", resource.GetProperty("decision").GetString());
        Assert.Equal("inconclusive",
            resource.GetProperty("report").GetProperty("recommendation").GetProperty("decision").GetString());
        var stored = await service.Store.GetAsync(resource.GetProperty("assessmentId").GetString()!);
        Assert.Equal(HiringDecision.Inconclusive, stored!.Report.Recommendation.Decision);
        Assert.NotNull(stored.Transcript);

        var markdown = await service.Client.GetStringAsync($"/assessments/{id}/report");
        Assert.StartsWith("# ", markdown, StringComparison.Ordinal);
        Assert.Contains("Inconclusive", markdown, StringComparison.Ordinal);

        using var htmlRequest = new HttpRequestMessage(HttpMethod.Get, $"/assessments/{id}/report");
        htmlRequest.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var html = await service.Client.SendAsync(htmlRequest);
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html", await html.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Report_WhoseStoredAssessmentWasDeleted_Answers410ProblemAndTheJobHasNoReport()
    {
        await using var service = await ServiceTestHost.StartAsync(new FakeInterviewAssessor());
        var id = await service.SubmitAsync(Transcripts.Markdown("deleted"), "text/markdown");
        var assessmentId = (await service.WaitForAsync(id)).GetProperty("assessmentId").GetString()!;

        Assert.True(await service.Store.DeleteAsync(assessmentId));
        using var report = await service.Client.GetAsync($"/assessments/{id}/report");
        var resource = await service.Client.GetFromJsonAsync<JsonElement>($"/assessments/{id}");

        Assert.Equal(HttpStatusCode.Gone, report.StatusCode);
        Assert.Equal("application/problem+json", report.Content.Headers.ContentType?.MediaType);
        Assert.Contains(assessmentId, await report.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("succeeded", resource.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, resource.GetProperty("report").ValueKind);
    }

    [Fact]
    public async Task Submit_TextThatIsNoTranscript_Answers400ProblemNamingTheProblem()
    {
        await using var service = await ServiceTestHost.StartAsync(new FakeInterviewAssessor());

        using var content = new StringContent("just some words", Encoding.UTF8, "text/plain");
        using var response = await service.Client.PostAsync("/assessments?name=notes.txt", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("notes.txt: ", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_UnsupportedContentType_Answers415Problem()
    {
        await using var service = await ServiceTestHost.StartAsync(new FakeInterviewAssessor());

        using var content = new ByteArrayContent([1, 2, 3]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        using var response = await service.Client.PostAsync("/assessments", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Get_UnknownId_Answers404Problem()
    {
        await using var service = await ServiceTestHost.StartAsync(new FakeInterviewAssessor());

        using var response = await service.Client.GetAsync("/assessments/nope");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task List_FilteredByCandidateAndPaged_ReturnsTheMatchingPageNewestFirst()
    {
        await using var service = await ServiceTestHost.StartAsync(new FakeInterviewAssessor());
        var first = await service.SubmitAsync(Transcripts.Markdown("a", "Ada Byron"), "text/markdown");
        var second = await service.SubmitAsync(Transcripts.Markdown("b", "Ada Lovelace"), "text/markdown");
        var other = await service.SubmitAsync(Transcripts.Markdown("c", "Grace Hopper"), "text/markdown");
        foreach (var id in new[] { first, second, other })
        {
            await service.WaitForAsync(id);
        }

        var page = await service.Client.GetFromJsonAsync<JsonElement>(
            "/assessments?candidate=ada&status=succeeded&page=1&pageSize=1");

        Assert.Equal(2, page.GetProperty("total").GetInt32());
        var item = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal(second, item.GetProperty("id").GetString());
    }

    [Fact]
    public async Task List_UnknownDecisionFilter_Answers400Problem()
    {
        await using var service = await ServiceTestHost.StartAsync(new FakeInterviewAssessor());

        using var response = await service.Client.GetAsync("/assessments?decision=maybe");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("inconclusive", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_IsServedAndDescribesTheAssessments()
    {
        await using var service = await ServiceTestHost.StartAsync(new FakeInterviewAssessor());

        var document = await service.Client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        Assert.True(document.GetProperty("paths").TryGetProperty("/assessments/{id}/report", out _));
    }
}
