using System.Globalization;
using AssessAgent.Reporting;
using AssessAgent.Transcripts;

namespace AssessAgent.Assessment.Offline;

/// <summary>
/// The executive summary: a few factual sentences that agree with the findings and the recommendation beside
/// them. It calls nothing strong that the strengths do not show.
/// </summary>
internal static class InterviewSummary
{
    public static string Write(
        Transcript transcript,
        InterviewEvidence evidence,
        TranscriptDiagnosis diagnosis,
        IReadOnlyList<Finding> strengths,
        HiringRecommendation recommendation)
    {
        var candidate = string.IsNullOrWhiteSpace(transcript.Candidate) ? "The candidate" : transcript.Candidate;
        if (diagnosis.Misaligned)
        {
            return Misaligned(candidate, evidence, diagnosis);
        }

        if (evidence.All.FirstOrDefault(InterviewFindings.IsUnreadable) is { } unreadable)
        {
            var script = AnswerScript.NonLatinScriptOf(unreadable.Answer) ?? "a non-Latin";

            return $"{candidate} answered in {script} script, which the offline assessor cannot read: it reads "
                + "English only, so it gives no verdict on these answers. Recommendation: "
                + $"{ReportText.DecisionInSentence(recommendation.Decision)} "
                + $"({ReportText.Percentage(recommendation.Confidence)} confidence).";
        }

        var sentences = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture,
                $"{candidate} answered {evidence.Answered.Count} of {evidence.All.Count} questions, for an interview " +
                $"score of {evidence.Score}/100 ({ScoreBands.For(evidence.Score)})."),
        };

        sentences.Add(strengths.Count > 0
            ? $"The best answer is to \"{Quote.Short(Best(evidence).Question, 70)}\" ({Best(evidence).Score})."
            : "No answer stood out as a strength.");

        var missed = evidence.Answered.Count(answer => answer.Relevance.Label != RelevanceLabel.Relevant);
        if (missed > 0)
        {
            sentences.Add(
                $"{ReportText.CountAndVerb(missed, "answer", "miss")} the question asked in whole or in part.");
        }

        sentences.Add($"Recommendation: {ReportText.DecisionInSentence(recommendation.Decision)} " +
            $"({ReportText.Percentage(recommendation.Confidence)} confidence).");

        return string.Join(' ', sentences);
    }

    private static string Misaligned(string candidate, InterviewEvidence evidence, TranscriptDiagnosis diagnosis)
    {
        var fitting = evidence.Answered.Where(answer => answer.Relevance.Label == RelevanceLabel.Relevant).ToArray();
        var summary = $"This transcript looks misaligned: {diagnosis.OffTopicCount} of {diagnosis.AnsweredCount} "
            + $"of {candidate}'s answers address other questions than the ones asked, so they cannot be judged "
            + "against their questions and no hiring decision should rest on this transcript.";
        if (fitting.Length > 0)
        {
            var sections = string.Join(", ", fitting.Select(answer => answer.Section).Distinct());
            summary += $" Only {fitting.Length} answer{(fitting.Length == 1 ? " fits its" : "s fit their")} "
                + $"question ({sections}).";
        }

        return summary + " Re-check the transcript against the recording before relying on any score.";
    }

    private static QuestionAssessment Best(InterviewEvidence evidence) =>
        evidence.Answered.MaxBy(answer => answer.Score)!;
}
