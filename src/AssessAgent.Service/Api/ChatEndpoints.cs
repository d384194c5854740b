using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using AssessAgent.Store;
using AssessAgent.Store.Chat;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace AssessAgent.Service.Api;

/// <summary>
/// <c>POST /chat</c>: a question about the assessments in the assessment store (the service's own and those the
/// command line stored), answered as server-sent events.
/// </summary>
public static class ChatEndpoints
{
    private const int MaxQuestionLength = 2000;

    public static RouteGroupBuilder MapChat(this RouteGroupBuilder api)
    {
        api.MapPost("/chat", Answer)
            .WithTags("Chat")
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream")
            .WithSummary("Answers a question about the stored assessments as server-sent events: 'answer' events " +
                "carry pieces of text, 'citation' events the stored assessments it rests on (JSON), an 'error' " +
                "event a failure, and one 'done' event (JSON: answeredBy, hasEvidence) ends the stream.");

        return api;
    }

    private static Results<ServerSentEventsResult<string>, ProblemHttpResult> Answer(
        ChatRequest request,
        RetrievalAnswerer answerer,
        IOptions<JsonOptions> json,
        CancellationToken cancellationToken)
    {
        var question = request.Question?.Trim();
        if (string.IsNullOrEmpty(question))
        {
            return Problems.BadRequest("question is missing or empty.");
        }

        if (question.Length > MaxQuestionLength)
        {
            return Problems.BadRequest($"question is longer than {MaxQuestionLength} characters.");
        }

        var events = Stream(answerer, question, json.Value.SerializerOptions, cancellationToken);

        return TypedResults.ServerSentEvents(events);
    }

    private static async IAsyncEnumerable<SseItem<string>> Stream(
        RetrievalAnswerer answerer,
        string question,
        JsonSerializerOptions json,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ChatAnswer answer;
        string? failure = null;
        try
        {
            answer = await answerer.AnswerAsync(question, cancellationToken);
        }
        catch (AssessmentStoreException exception)
        {
            // The status line has gone out with the first event, so the failure travels as an event of its own.
            answer = new ChatAnswer(string.Empty, [], HasEvidence: false, RetrievalAnswerer.AnsweredBy);
            failure = exception.Message;
        }

        if (failure is not null)
        {
            yield return Error(failure);
        }

        if (answer.Text.Length > 0)
        {
            yield return new SseItem<string>(answer.Text, "answer");
        }

        foreach (var citation in answer.Citations)
        {
            yield return new SseItem<string>(JsonSerializer.Serialize(ChatCitation.From(citation), json), "citation");
        }

        yield return new SseItem<string>(
            JsonSerializer.Serialize(new ChatDone(answer.AnsweredBy, answer.HasEvidence), json), "done");
    }

    private static SseItem<string> Error(string message) => new(message.ReplaceLineEndings(" ").Trim(), "error");
}
