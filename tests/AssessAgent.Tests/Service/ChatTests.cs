using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace AssessAgent.Tests.Service;

/// <summary><c>POST /chat</c> as server-sent events, answered from the assessment store.</summary>
public sealed class ChatTests
{
    [Fact]
    public async Task Chat_AboutAStoredAnswer_StreamsTheAnswerItsCitationsThenDone()
    {
        await using var service = await ServiceTestHost.StartAsync(new FakeInterviewAssessor());
        var id = await service.SubmitAsync(Transcripts.Markdown("chat", "Noor Haddad"), "text/markdown");
        var job = await service.WaitForAsync(id);
        var assessmentId = job.GetProperty("assessmentId").GetString()!;

        using var response = await service.Client.PostAsJsonAsync("/chat",
            new { question = "Who keeps an API fast under load with a cache?" });
        var events = ServerSentEvents.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Noor Haddad", string.Concat(events.Where(e => e.Type == "answer").Select(e => e.Data)),
            StringComparison.Ordinal);
        var citation = JsonDocument.Parse(Assert.Single(events, e => e.Type == "citation").Data).RootElement;
        Assert.Equal(assessmentId, citation.GetProperty("assessmentId").GetString());
        Assert.Equal("Noor Haddad", citation.GetProperty("candidate").GetString());
        var done = events[^1];
        Assert.Equal("done", done.Type);
        Assert.Equal("retrieval", JsonDocument.Parse(done.Data).RootElement.GetProperty("answeredBy").GetString());
    }

    [Fact]
    public async Task Chat_AboutAssessmentsTheCommandLineStored_AnswersFromTheStore()
    {
        await using var service = await ServiceTestHost.StartAsync(new FakeInterviewAssessor());
        var transcript = new AssessAgent.Reading.TranscriptLoader().LoadText(
            Transcripts.Markdown("cli", "Ines Duarte"), "cli.md");
        var report = await new FakeInterviewAssessor().AssessAsync(transcript);
        var saved = await service.Store.SaveAsync(report, transcript);

        using var response = await service.Client.PostAsJsonAsync("/chat",
            new { question = "Who keeps an API fast under load with a cache?" });
        var events = ServerSentEvents.Parse(await response.Content.ReadAsStringAsync());

        var citation = JsonDocument.Parse(Assert.Single(events, e => e.Type == "citation").Data).RootElement;
        Assert.Equal(saved.Id, citation.GetProperty("assessmentId").GetString());
    }

    [Fact]
    public async Task Chat_WithoutAQuestion_Answers400Problem()
    {
        await using var service = await ServiceTestHost.StartAsync(new FakeInterviewAssessor());

        using var response = await service.Client.PostAsJsonAsync("/chat", new { question = "  " });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
