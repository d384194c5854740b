using System.Net.ServerSentEvents;
using AssessAgent.Service.Chat;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace AssessAgent.Service.Api;

/// <summary><c>POST /chat</c>: a question about past assessments, answered as server-sent events.</summary>
public static class ChatEndpoints
{
    private const int MaxQuestionLength = 2000;

    public static RouteGroupBuilder MapChat(this RouteGroupBuilder api)
    {
        api.MapPost("/chat", Answer)
            .WithTags("Chat")
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream")
            .WithSummary("Answers a question about past assessments as server-sent events: 'answer' events carry " +
                "pieces of text, one 'done' event ends the stream.");

        return api;
    }

    private static Results<ServerSentEventsResult<string>, ProblemHttpResult> Answer(
        ChatRequest request,
        IAssessmentChat chat,
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

        return TypedResults.ServerSentEvents(Stream(chat, question, cancellationToken));
    }

    private static async IAsyncEnumerable<SseItem<string>> Stream(
        IAssessmentChat chat,
        string question,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var piece in chat.AnswerAsync(question, cancellationToken))
        {
            yield return new SseItem<string>(piece, "answer");
        }

        yield return new SseItem<string>(string.Empty, "done");
    }
}
