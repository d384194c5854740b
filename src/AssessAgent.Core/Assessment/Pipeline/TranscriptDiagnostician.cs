using AssessAgent.Assessment.Offline;
using AssessAgent.Transcripts;

namespace AssessAgent.Assessment.Pipeline;

/// <summary>
/// Looks at the transcript itself: whether its answers look misaligned with its questions, and which data it
/// does not record.
/// </summary>
internal static class TranscriptDiagnostician
{
    // Two shifted answers are a pattern; one may be a candidate who misheard.
    private const int ShiftedAnswersForNote = 2;

    public static TranscriptDiagnosis Diagnose(Transcript transcript, IReadOnlyList<QuestionAssessment> assessments)
    {
        var answered = assessments.Count(assessment => assessment.Relevance.Label != RelevanceLabel.NoAnswer);
        var offTopic = assessments.Count(assessment => assessment.Relevance.Label == RelevanceLabel.OffTopic);
        var addressingOthers = CountAddressingOthers(assessments);

        // Most answered questions being answers to other questions is what a slipped or mismatched transcript looks
        // like; a weak candidate misses some questions, not most, and an answer that misses its question without
        // matching another one says nothing about the transcript's order.
        var misaligned = answered >= 2 && addressingOthers * 2 > answered;

        return new TranscriptDiagnosis(misaligned, offTopic, answered, Notes(transcript, assessments, misaligned));
    }

    private static List<string> Notes(
        Transcript transcript,
        IReadOnlyList<QuestionAssessment> assessments,
        bool misaligned)
    {
        var notes = new List<string>();
        if (misaligned)
        {
            notes.Add($"Most answers miss their question ({CountAddressingOthers(assessments)} of them match "
                + "another question better), so "
                + "the questions and answers look mismatched; check the transcript against the recording.");
        }

        var shifted = CountShiftedByOne(assessments);
        if (shifted >= ShiftedAnswersForNote)
        {
            notes.Add($"{shifted} answers match the question asked just before them: the answers may have slipped "
                + "by one place.");
        }

        notes.AddRange(transcript.ReadingNotes);
        notes.AddRange(MissingData(transcript));

        // Only a blank answer or a transcriber's placeholder is unrecorded; "I don't know" or an answer in a language
        // the offline assessor cannot read is recorded, and its own verdict says why it was not scored.
        var unanswered = assessments.Count(assessment => assessment.Relevance.Label == RelevanceLabel.NoAnswer
            && (string.IsNullOrWhiteSpace(assessment.Answer)
                || AnswerPlaceholder.IsOnlyPlaceholder(assessment.Answer)));
        if (unanswered > 0)
        {
            notes.Add($"{unanswered} of {assessments.Count} questions have no answer recorded.");
        }

        return notes;
    }

    private static int CountAddressingOthers(IReadOnlyList<QuestionAssessment> assessments) =>
        assessments.Count(assessment => assessment.Relevance.Label == RelevanceLabel.OffTopic
            && assessment.Relevance.AddressesInstead is not null);

    private static IEnumerable<string> MissingData(Transcript transcript)
    {
        if (string.IsNullOrWhiteSpace(transcript.Candidate))
        {
            yield return "The transcript does not record the candidate's name.";
        }

        if (string.IsNullOrWhiteSpace(transcript.Position))
        {
            yield return "The transcript does not record the position.";
        }

        if (transcript.InterviewDate is null)
        {
            yield return "The transcript does not record the interview date.";
        }

        if (transcript.Duration is null)
        {
            yield return "The transcript does not record the interview's duration.";
        }
    }

    private static int CountShiftedByOne(IReadOnlyList<QuestionAssessment> assessments)
    {
        var shifted = 0;
        for (var i = 1; i < assessments.Count; i++)
        {
            if (assessments[i].Relevance.AddressesInstead == assessments[i - 1].Question)
            {
                shifted++;
            }
        }

        return shifted;
    }
}
