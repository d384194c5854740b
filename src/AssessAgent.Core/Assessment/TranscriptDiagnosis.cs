namespace AssessAgent.Assessment;

/// <summary>What the transcript itself looks like, apart from the candidate's merit.</summary>
/// <param name="Misaligned">
/// Whether so many answers address other questions that the questions and answers look mismatched, which makes
/// any hiring decision on this transcript unsafe.
/// </param>
/// <param name="OffTopicCount">How many answers miss their question.</param>
/// <param name="AnsweredCount">How many questions have an answer at all.</param>
/// <param name="Notes">Sentences about the transcript a reader should know, such as data not recorded.</param>
public sealed record TranscriptDiagnosis(
    bool Misaligned, int OffTopicCount, int AnsweredCount, IReadOnlyList<string> Notes)
{
    public static TranscriptDiagnosis Clean { get; } = new(false, 0, 0, []);
}
