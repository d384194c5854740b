namespace AssessAgent.Store.Chat;

/// <summary>An answer about the stored assessments, with the evidence it rests on.</summary>
/// <param name="Text">The answer as it is shown.</param>
/// <param name="Citations">The stored assessments and questions it cites.</param>
/// <param name="HasEvidence">Whether the store held anything that bears on the question.</param>
/// <param name="AnsweredBy">What answered: <c>retrieval</c> without a model, or the model's name.</param>
public sealed record ChatAnswer(string Text, IReadOnlyList<Citation> Citations, bool HasEvidence, string AnsweredBy);
