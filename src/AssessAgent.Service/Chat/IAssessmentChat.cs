namespace AssessAgent.Service.Chat;

/// <summary>Answers a question about past assessments, a piece of text at a time.</summary>
public interface IAssessmentChat
{
    /// <summary>The answer, streamed in pieces that read as a whole when joined.</summary>
    IAsyncEnumerable<string> AnswerAsync(string question, CancellationToken cancellationToken);
}
