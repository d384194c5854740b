using System.Globalization;
using AssessAgent.Reporting;
using AssessAgent.Transcripts;
using Microsoft.Extensions.Options;

namespace AssessAgent.Assessment.Offline;

/// <summary>
/// Writes the executive summary, the interview-wide findings and the hiring recommendation from the scored
/// answers, without a language model. Every sentence rests on the scores and findings it sits beside: the summary
/// praises nothing the findings do not show, and a misaligned transcript gets no hiring decision.
/// </summary>
public sealed class OfflineRecommendationWriter(IOptions<RecommendationOptions> options) : IRecommendationWriter
{
    private readonly RecommendationOptions _options = options.Value;

    /// <inheritdoc />
    public string Name => OfflineQuestionAssessor.AssessorName;

    /// <inheritdoc />
    public Task<RecommendationDraft> WriteAsync(
        Transcript transcript,
        IReadOnlyList<SectionAssessment> sections,
        TranscriptDiagnosis diagnosis,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        ArgumentNullException.ThrowIfNull(sections);
        ArgumentNullException.ThrowIfNull(diagnosis);

        var evidence = InterviewEvidence.From(sections);
        var strengths = InterviewFindings.Strengths(evidence, _options);
        var improvements = InterviewFindings.Improvements(evidence, _options);
        var recommendation = Recommend(evidence, diagnosis);
        var summary = InterviewSummary.Write(transcript, evidence, diagnosis, strengths, recommendation);

        return Task.FromResult(new RecommendationDraft(summary, strengths, improvements, recommendation));
    }

    private HiringRecommendation Recommend(InterviewEvidence evidence, TranscriptDiagnosis diagnosis)
    {
        if (diagnosis.Misaligned)
        {
            return Misaligned(evidence, diagnosis);
        }

        var unreadable = evidence.All.Where(InterviewFindings.IsUnreadable).ToArray();
        if (unreadable.Length > 0)
        {
            return Unreadable(evidence, unreadable);
        }

        if (evidence.All.Count < _options.MinimumAnsweredQuestions)
        {
            return new HiringRecommendation(HiringDecision.Inconclusive, 0.5,
                $"The interview has only {ReportText.Count(evidence.All.Count, "question")}, fewer than the "
                + $"{_options.MinimumAnsweredQuestions} a decision needs.",
                ["Hold a fuller interview with more questions on the role's skills before deciding."]);
        }

        if (evidence.Answered.Count < _options.MinimumAnsweredQuestions)
        {
            return new HiringRecommendation(HiringDecision.Inconclusive, 0.5,
                $"Only {evidence.Answered.Count} of {evidence.All.Count} questions have an answer, fewer than the "
                + $"{_options.MinimumAnsweredQuestions} a decision needs.",
                ["Find the missing answers in the recording, or complete the interview, before deciding."]);
        }

        var confidence = RecommendationConfidence.For(evidence.Answered.Count,
            evidence.Answered.Select(answer => answer.Score).ToArray(),
            evidence.Agreement,
            DistanceToEdge(evidence.Score));
        var decision = Lean(Decide(evidence.Score), confidence);

        return new HiringRecommendation(
            decision, confidence, Reasoning(evidence, decision), NextSteps(evidence, decision));
    }

    // A firm decision at low confidence says two things at once; below the bar it leans instead.
    private HiringDecision Lean(HiringDecision decision, double confidence) =>
        confidence >= _options.DecisiveConfidence
            ? decision
            : decision switch
            {
                HiringDecision.StrongHire or HiringDecision.Hire => HiringDecision.LeanHire,
                HiringDecision.NoHire => HiringDecision.LeanNoHire,
                _ => decision,
            };

    private static HiringRecommendation Unreadable(InterviewEvidence evidence, QuestionAssessment[] unreadable)
    {
        var withText = evidence.All.Count(answer => !string.IsNullOrWhiteSpace(answer.Answer));
        var script = AnswerScript.NonLatinScriptOf(unreadable[0].Answer) ?? "a non-Latin";

        return new HiringRecommendation(HiringDecision.Inconclusive, 0.9,
            $"The offline assessor reads English only and cannot assess {unreadable.Length} of the {withText} "
            + $"answers, which are written mostly in {script} script. They were not scored (their 0 means not "
            + "assessed, not wrong), so no hiring decision should rest on this report.",
            [
                "Assess the transcript with a model that reads its language (--provider ollama with a multilingual "
                    + "model), or have a reader of the language assess it.",
            ]);
    }

    private static HiringRecommendation Misaligned(InterviewEvidence evidence, TranscriptDiagnosis diagnosis)
    {
        var example = evidence.All.FirstOrDefault(answer => answer.Relevance.Label == RelevanceLabel.OffTopic
            && answer.Relevance.AddressesInstead is not null);
        var instance = example is null
            ? string.Empty
            : $" For example, the answer to \"{Quote.Short(example.Question, 70)}\" addresses "
                + $"\"{Quote.Short(example.Relevance.AddressesInstead!, 70)}\".";

        // How sure the transcript is misaligned: the share of answers that miss their question.
        var confidence = Math.Round(Math.Clamp((double)diagnosis.OffTopicCount / Math.Max(1, diagnosis.AnsweredCount),
            0.5, 0.95), 2);

        return new HiringRecommendation(HiringDecision.Inconclusive, confidence,
            $"The transcript looks misaligned: {diagnosis.OffTopicCount} of {diagnosis.AnsweredCount} answers address "
            + $"other questions than the ones asked.{instance} The scores therefore measure the transcript's "
            + "mismatch, not the candidate, and no hiring decision should rest on this transcript.",
            [
                "Re-check the transcript against the recording: the answers appear to belong to other questions.",
                "Re-interview the candidate, or re-assess a corrected transcript, before making any hiring decision.",
            ]);
    }

    private HiringDecision Decide(int score) => score switch
    {
        _ when score >= _options.StrongHireScore => HiringDecision.StrongHire,
        _ when score >= _options.HireScore => HiringDecision.Hire,
        _ when score >= _options.LeanHireScore => HiringDecision.LeanHire,
        _ when score >= _options.LeanNoHireScore => HiringDecision.LeanNoHire,
        _ => HiringDecision.NoHire,
    };

    private double DistanceToEdge(int score) =>
        new[] { _options.StrongHireScore, _options.HireScore, _options.LeanHireScore, _options.LeanNoHireScore }
            .Min(threshold => Math.Abs(score - threshold));

    private static string Reasoning(InterviewEvidence evidence, HiringDecision decision)
    {
        var best = evidence.Answered.MaxBy(answer => answer.Score)!;
        var weakest = evidence.Answered.MinBy(answer => answer.Score)!;
        var onTopic = evidence.Answered.Count(answer => answer.Relevance.Label == RelevanceLabel.Relevant);

        return string.Create(CultureInfo.InvariantCulture,
            $"The interview scores {evidence.Score}/100 over {evidence.All.Count} questions, which maps to " +
            $"{ReportText.DecisionInSentence(decision)}. " +
            $"{onTopic} of {evidence.Answered.Count} answers address their question. The best answer is to " +
            $"\"{Quote.Short(best.Question, 60)}\" ({best.Score}); the weakest is to " +
            $"\"{Quote.Short(weakest.Question, 60)}\" ({weakest.Score}).");
    }

    private static List<string> NextSteps(InterviewEvidence evidence, HiringDecision decision)
    {
        var weakest = evidence.Answered.OrderBy(answer => answer.Score).Take(2)
            .Select(answer => $"\"{Quote.Short(answer.Question, 60)}\"");
        var focus = string.Join(" and ", weakest);

        return decision switch
        {
            HiringDecision.StrongHire or HiringDecision.Hire =>
                ["Move the candidate to the next stage.", $"Probe the weakest topic in the next round: {focus}."],
            HiringDecision.LeanHire or HiringDecision.LeanNoHire =>
                [$"Hold a focused follow-up on {focus} before deciding.",
                 "Compare with the other candidates for the role on the same questions."],
            _ => [$"Decline, sharing the specific gaps the answers show: {focus}."],
        };
    }
}
