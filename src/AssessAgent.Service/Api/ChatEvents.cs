using AssessAgent.Store.Chat;

namespace AssessAgent.Service.Api;

/// <summary>
/// The data of a <c>citation</c> event of <c>POST /chat</c>: a stored assessment, and the question in it, that the
/// answer rests on.
/// </summary>
/// <param name="AssessmentId">The assessment store's id, as assessments carry it in <c>assessmentId</c>.</param>
/// <param name="Candidate">The candidate, when recorded.</param>
/// <param name="QuestionId">The question's id, when the evidence is one answer.</param>
/// <param name="Question">The question's text, when the evidence is one answer.</param>
/// <param name="Label">The citation as the answer's text writes it, such as <c>[3f2a9c01b7de technical-1]</c>.</param>
public sealed record ChatCitation(
    string AssessmentId,
    string? Candidate,
    string? QuestionId,
    string? Question,
    string Label)
{
    /// <summary>The event data for one of the answer's citations.</summary>
    public static ChatCitation From(Citation citation) => new(
        citation.AssessmentId, citation.Candidate, citation.QuestionId, citation.Question, citation.ToString());
}

/// <summary>The data of the <c>done</c> event that ends every answer of <c>POST /chat</c>.</summary>
/// <param name="AnsweredBy">What answered: <c>retrieval</c> without a model, or the model's name.</param>
/// <param name="HasEvidence">Whether the store held anything that bears on the question.</param>
public sealed record ChatDone(string AnsweredBy, bool HasEvidence);
