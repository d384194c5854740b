using System.Net;
using System.Net.Http.Json;

namespace AssessAgent.Tests.Service;

/// <summary><c>POST /chat</c> as server-sent events.</summary>
public sealed class ChatTests
{
    [Fact]
    public async Task Chat_AboutAnAssessedCandidate_StreamsAnAnswerNamingThemThenDone()
    {
        await using var service = await ServiceTestHost.StartAsync(new FakeInterviewAssessor());
        var id = await service.SubmitAsync(Transcripts.Markdown("chat", "Noor Haddad"), "text/markdown");
        await service.WaitForAsync(id);

        using var response = await service.Client.PostAsJsonAsync("/chat", new { question = "How did Noor do?" });
        var stream = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("event: answer", stream, StringComparison.Ordinal);
        Assert.Contains("Noor Haddad", stream, StringComparison.Ordinal);
        Assert.Contains("1 hire", stream, StringComparison.Ordinal);
        Assert.EndsWith("event: done\ndata: \n\n", stream, StringComparison.Ordinal);
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
