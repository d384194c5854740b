namespace AssessAgent.Store.Chat;

/// <summary>Where an answer's evidence is stored: an assessment and, when it is about one, a question.</summary>
/// <param name="AssessmentId">The stored assessment.</param>
/// <param name="Candidate">The candidate, when recorded.</param>
/// <param name="QuestionId">The question's id, when the evidence is one answer.</param>
/// <param name="Question">The question's text, when the evidence is one answer.</param>
/// <param name="AskedAt">When the question was asked, when the transcript had timestamps.</param>
public sealed record Citation(
    string AssessmentId,
    string? Candidate = null,
    string? QuestionId = null,
    string? Question = null,
    TimeSpan? AskedAt = null)
{
    /// <summary>The citation as the answers print it, such as <c>[3f2a9c01b7de technical-1 @00:05:00]</c>.</summary>
    public override string ToString()
    {
        var question = QuestionId is null ? string.Empty : $" {QuestionId}";
        var time = AskedAt is { } at ? $" @{at:hh\\:mm\\:ss}" : string.Empty;

        return $"[{AssessmentId}{question}{time}]";
    }
}
