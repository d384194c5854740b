using System.Globalization;
using AssessAgent.Assessment;

namespace AssessAgent.Agent.Assessing;

/// <summary>
/// Checks the model's verdict against what does not depend on the model: the embedding-based relevance, the
/// answer's actual words and the signs of an injection attempt. Each check can only lower a score.
/// </summary>
public static class AnswerGuards
{
    /// <summary>The highest score an answer the embedding check finds off-topic may keep.</summary>
    public const int OffTopicCap = 25;

    /// <summary>Applies every guard and builds the assessment the report shows.</summary>
    public static QuestionAssessment Apply(
        QuestionContext context,
        QuestionAssessment offline,
        ModelAnswerVerdict verdict,
        string assessorName)
    {
        var flags = new List<QuestionFlag>(offline.Flags);
        var score = verdict.Score;

        var (strengths, droppedStrengths) = EvidenceCheck.Filter(verdict.Strengths, context.Question.Answer);
        var (improvements, droppedImprovements) = EvidenceCheck.Filter(verdict.Improvements, context.Question.Answer);
        if (droppedStrengths + droppedImprovements is var dropped and > 0)
        {
            flags.Add(new QuestionFlag(
                FlagKinds.EvidenceDropped,
                $"{dropped} evidence {(dropped == 1 ? "quote" : "quotes")} the model gave did not occur in the " +
                "answer and were dropped."));
        }

        if (context.OfflineRelevance.Label == RelevanceLabel.OffTopic && score > OffTopicCap)
        {
            flags.Add(new QuestionFlag(FlagKinds.RelevanceDisagreement, DisagreementMessage(context, verdict)));
            score = OffTopicCap;
        }

        var signals = InjectionDetector.Detect(context.Question.Answer);
        if (signals.Count > 0 || verdict.AddressesAssessor)
        {
            var capped = Math.Min(score, offline.Score);
            flags.Add(new QuestionFlag(FlagKinds.InjectionAttempt, InjectionMessage(signals, verdict, score, capped)));
            score = capped;
        }

        return offline with
        {
            Relevance = new RelevanceVerdict(
                verdict.Relevance, verdict.Confidence, verdict.RelevanceReason, verdict.AddressesInstead),
            Score = score,
            Breakdown = null,
            Strengths = strengths,
            Improvements = improvements,
            Flags = flags,
            AssessedBy = assessorName,
        };
    }

    private static string DisagreementMessage(QuestionContext context, ModelAnswerVerdict verdict)
    {
        var offline = context.OfflineRelevance;
        var instead = offline.AddressesInstead is { } other ? $"; it seems to answer \"{other}\"" : "";
        var similarity = offline.Similarity.ToString("0.00", CultureInfo.InvariantCulture);

        return $"The model scored this answer {verdict.Score} and judged it {verdict.Relevance}, but the embedding " +
            $"check found it off-topic (similarity {similarity}{instead}); the score is capped at {OffTopicCap}.";
    }

    private static string InjectionMessage(
        IReadOnlyList<string> signals,
        ModelAnswerVerdict verdict,
        int score,
        int capped)
    {
        var reasons = signals.ToList();
        if (verdict.AddressesAssessor)
        {
            reasons.Add("the model found the answer addressing the assessor");
        }

        return $"The answer tries to instruct the assessor ({string.Join("; ", reasons)}); it cannot raise the " +
            $"score, which is capped at the offline score: {capped}" + (capped < score ? $" instead of {score}." : ".");
    }
}
