using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using AssessAgent.Store.Chat;

namespace AssessAgent.Cli.Commands.Chat;

/// <summary>Writes answers about the store as the commands print them: text with its sources, or JSON.</summary>
internal static class AnswerPrinter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>
    /// Streams the answer's text to <paramref name="output"/> as it arrives, then its sources on a line of their
    /// own, and returns the whole answer.
    /// </summary>
    public static async Task<ChatAnswer> StreamAsync(
        IStoreChatSession session,
        string question,
        TextWriter output,
        CancellationToken cancellationToken)
    {
        ChatAnswer? answer = null;
        await foreach (var update in session.AskStreamingAsync(question, cancellationToken))
        {
            answer = update.Answer ?? answer;
            await output.WriteAsync(update.Text);
            await output.FlushAsync(cancellationToken);
        }

        await output.WriteLineAsync();
        if (Sources(answer!) is { } sources)
        {
            await output.WriteLineAsync(sources);
        }

        return answer!;
    }

    /// <summary>The answer's citations on one line, <c>Sources: [id question @hh:mm:ss] ...</c>, or null.</summary>
    public static string? Sources(ChatAnswer answer) =>
        answer.Citations.Count == 0 ? null : $"Sources: {string.Join(' ', answer.Citations)}";

    /// <summary>The answer as <c>{answer, citations[], hasEvidence, answeredBy}</c>.</summary>
    public static string ToJson(ChatAnswer answer) => JsonSerializer.Serialize(
        new
        {
            answer = answer.Text,
            citations = answer.Citations.Select(citation => new
            {
                reference = citation.ToString(),
                assessmentId = citation.AssessmentId,
                candidate = citation.Candidate,
                questionId = citation.QuestionId,
                question = citation.Question,
                askedAt = citation.AskedAt?.ToString(@"hh\:mm\:ss"),
            }),
            hasEvidence = answer.HasEvidence,
            answeredBy = answer.AnsweredBy,
        },
        Json);
}
