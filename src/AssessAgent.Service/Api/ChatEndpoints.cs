using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using AssessAgent.Agent;
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
/// command line stored), answered as server-sent events by the store's chat: the model with Ollama, the retrieval
/// answerer without it. Each request is a session of its own.
/// </summary>
public static class ChatEndpoints
{
    private const int MaxQuestionLength = ChatQuestionLimit.MaxLength;

    public static RouteGroupBuilder MapChat(this RouteGroupBuilder api)
    {
        api.MapPost("/chat", AnswerAsync)
            .WithTags("Chat")
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("Answers a question about the stored assessments as server-sent events: a 'notice' event " +
                "when no model could be used, 'answer' events with pieces of text, 'citation' events with the " +
                "stored assessments it rests on (JSON), an 'error' event on a failure, and one 'done' event (JSON: " +
                "answeredBy, hasEvidence) that ends the stream.");

        return api;
    }

    private static async Task<Results<ServerSentEventsResult<string>, ProblemHttpResult>> AnswerAsync(
        ChatRequest request,
        IStoreChatFactory chats,
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

        IStoreChatSession session;
        try
        {
            session = await chats.StartAsync(cancellationToken);
        }
        catch (AgentException exception)
        {
            // Assessment:Provider is ollama and Ollama cannot be used: nothing has been sent yet, so it is a 503.
            return Problems.ProviderUnavailable(exception.Message);
        }

        return TypedResults.ServerSentEvents(
            Stream(session, question, json.Value.SerializerOptions, cancellationToken));
    }

    private static async IAsyncEnumerable<SseItem<string>> Stream(
        IStoreChatSession session,
        string question,
        JsonSerializerOptions json,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (session.Notice is { } notice)
        {
            yield return new SseItem<string>(notice, "notice");
        }

        ChatAnswer? answer = null;
        string? failure = null;
        await using var updates = session.AskStreamingAsync(question, cancellationToken).GetAsyncEnumerator();
        while (failure is null)
        {
            ChatAnswerUpdate update;
            try
            {
                if (!await updates.MoveNextAsync())
                {
                    break;
                }

                update = updates.Current;
            }
            catch (Exception exception) when (IsChatFailure(exception))
            {
                // The status line went out with the stream, so the failure travels as an event of its own.
                failure = exception.Message.ReplaceLineEndings(" ").Trim();
                continue;
            }

            if (update.Text.Length > 0)
            {
                yield return new SseItem<string>(update.Text, "answer");
            }

            answer = update.Answer ?? answer;
        }

        if (failure is not null)
        {
            yield return new SseItem<string>(failure, "error");
        }

        foreach (var citation in answer?.Citations ?? [])
        {
            yield return Json("citation", ChatCitation.From(citation), json);
        }

        var done = new ChatDone(answer?.AnsweredBy ?? session.AnsweredBy, answer?.HasEvidence ?? false);
        yield return Json("done", done, json);
    }

    private static bool IsChatFailure(Exception exception) =>
        exception is AssessmentChatException or AssessmentStoreException or AgentException;

    private static SseItem<string> Json<T>(string type, T data, JsonSerializerOptions json) =>
        new(JsonSerializer.Serialize(data, json), type);
}
