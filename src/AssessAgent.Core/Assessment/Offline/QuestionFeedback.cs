using AssessAgent.Transcripts;

namespace AssessAgent.Assessment.Offline;

/// <summary>
/// Strengths and improvements for one answer, each resting on evidence: a quote from the answer, or the key point
/// it misses. An answer that misses its question earns no strength.
/// </summary>
internal static class QuestionFeedback
{
    private const double CoveredCredit = 0.6;

    private const double ConcreteEnough = 0.35;

    private const int MaximumEach = 3;

    public static (IReadOnlyList<Feedback> Strengths, IReadOnlyList<Feedback> Improvements) ForNoAnswer(
        RelevanceVerdict relevance) =>
        ([], [new Feedback(relevance.Reason.StartsWith("No answer", StringComparison.Ordinal)
            ? "No answer recorded; the question needs an answer to be assessed."
            : "The candidate gave no answer to assess: " + LowerFirst(relevance.Reason))]);

    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..]
            : text;

    public static (IReadOnlyList<Feedback> Strengths, IReadOnlyList<Feedback> Improvements) For(
        InterviewQuestion question,
        RelevanceVerdict relevance,
        AnswerMeasures measures)
    {
        if (relevance.Label == RelevanceLabel.OffTopic)
        {
            return ([], OffTopicImprovements(question, relevance, measures));
        }

        var strengths = new List<Feedback>();
        if (measures.FormEvidence is { } shown && FormStrength(measures.Kind) is { } formStrength)
        {
            strengths.Add(new Feedback(formStrength, Quote.Short(shown)));
        }

        // A concept taken from the question's words is covered only where the answer names it; the nearest
        // sentence by meaning alone may speak of something else (read replicas for "database transactions").
        var fromQuestion = question.Rubric is null;
        foreach (var point in measures.KeyPoints
                     .Where(point => point.Credit >= CoveredCredit && point.Evidence is not null)
                     .Where(point => !fromQuestion || KeyConcepts.IsMentioned(point.Point.Text, point.Evidence!))
                     .OrderByDescending(point => point.Credit * point.Point.Weight).Take(2))
        {
            strengths.Add(new Feedback($"Covers {point.Point.Text}.", Quote.Short(point.Evidence!)));
        }

        if (measures.MostConcreteSentence is { } concrete && measures.Specificity >= ConcreteEnough)
        {
            strengths.Add(new Feedback("Gives concrete detail.", Quote.Short(concrete)));
        }

        return (strengths.Take(MaximumEach).ToArray(), Improvements(relevance, measures));
    }

    private static string? FormStrength(QuestionKind kind) => kind switch
    {
        QuestionKind.WrapUp => "Asks the interviewers questions about the role and team.",
        QuestionKind.SelfIntroduction => "Introduces their background clearly.",
        QuestionKind.Motivation => "Gives reasons for wanting the role.",
        QuestionKind.Behavioral => "Tells of a particular situation from their own experience.",
        _ => null,
    };

    private static Feedback[] OffTopicImprovements(
        InterviewQuestion question,
        RelevanceVerdict relevance,
        AnswerMeasures measures)
    {
        var missing = measures.KeyPoints.Where(point => point.Credit < CoveredCredit).Select(point => point.Point.Text)
            .Take(3).ToArray();
        var asked = missing.Length > 0 ? string.Join(", ", missing) : Quote.Short(question.Text, 60);
        var first = relevance.AddressesInstead is { } other
            ? $"The answer seems to address \"{Quote.Short(other)}\" instead of the question asked; it does not "
                + $"address {asked}."
            : $"The answer does not address the question asked ({asked}).";

        return [new Feedback(first)];
    }

    private static Feedback[] Improvements(RelevanceVerdict relevance, AnswerMeasures measures)
    {
        var improvements = new List<Feedback>();
        if (relevance.Label == RelevanceLabel.PartlyRelevant)
        {
            improvements.Add(new Feedback(relevance.AddressesInstead is { } other
                ? $"Only part of the answer speaks to the question; much of it fits \"{Quote.Short(other)}\" better."
                : "Only part of the answer speaks to the question; answer it directly."));
        }

        foreach (var point in measures.KeyPoints.Where(point => point.Credit < CoveredCredit)
                     .OrderByDescending(point => point.Point.Weight).Take(2))
        {
            improvements.Add(new Feedback($"Does not cover {point.Point.Text}."));
        }

        // Questions asked back answer a wrap-up; they need no numbers or named tools.
        if (measures.Specificity < ConcreteEnough && measures.Kind != QuestionKind.WrapUp)
        {
            improvements.Add(new Feedback(measures.HedgeCount > 0
                ? "Hedges instead of committing to an answer; state what you would do and why, with specifics."
                : "Add concrete detail: numbers, named tools, or an example of what you did and its result."));
        }

        return improvements.Take(MaximumEach).ToArray();
    }
}
