namespace AssessAgent.Assessment.Offline;

/// <summary>
/// A question an answer may address instead of its own: another question of the interview, or a standard
/// interview question that was never asked. Either is compared with the answer through its wording and through
/// the exemplar answers of the standard questions it is the same as.
/// </summary>
/// <param name="Text">The question as a reader should see it named.</param>
/// <param name="Kind">What kind of answer it asks for.</param>
/// <param name="InterviewIndex">Its position among the interview's questions, or -1 for a standard question.</param>
/// <param name="Exemplars">Typical answer openings of the standard questions it is the same as.</param>
internal sealed record RivalQuestion(
    string Text, QuestionKind Kind, int InterviewIndex, IReadOnlyList<string> Exemplars);
