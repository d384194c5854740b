using AssessAgent.Embeddings;
using AssessAgent.Transcripts;

namespace AssessAgent.Assessment.Offline;

/// <summary>
/// Measures an answer's relevance, coverage and specificity for <see cref="OfflineQuestionAssessor"/>. Coverage
/// and specificity are computed over the informative sentences only, so filler cannot raise either.
/// </summary>
internal sealed class AnswerMeasurer(OfflineScoringOptions options)
{
    public static IEnumerable<string> TextsToEmbed(InterviewQuestion question, AnswerText answer) =>
        KeyPointsOf(question).Select(point => point.Text)
            .Concat(answer.Windows)
            .Append(question.Text);

    public AnswerMeasures Measure(
        InterviewQuestion question,
        AnswerText answer,
        RelevanceVerdict relevance,
        EmbeddingTable table)
    {
        var kind = QuestionKindDetector.Detect(question.Text);
        var form = AnswerForm.Read(answer);
        var keyPoints = KeyPointsOf(question).Select(point => Cover(point, question.Rubric is null, answer, table))
            .ToArray();

        var coverage = AdjustForKind(kind, form, answer, keyPoints.Length > 0 ? WeightedMean(keyPoints) : null);
        var (specificity, concrete, hedges) = MeasureSpecificity(answer);

        return new AnswerMeasures(RelevanceCredit(relevance), coverage, specificity, keyPoints, concrete, hedges)
        {
            Kind = kind,
            FormEvidence = form.FitFor(kind) > 0 ? answer.InformativeSentences.FirstOrDefault(
                sentence => AnswerForm.Read(AnswerText.From(sentence)).FitFor(kind) > 0) : null,
        };
    }

    private static IReadOnlyList<RubricKeyPoint> KeyPointsOf(InterviewQuestion question) =>
        question.Rubric is { KeyPoints.Count: > 0 } rubric
            ? rubric.KeyPoints
            : KeyConcepts.Of(question.Text).Select(concept => new RubricKeyPoint(concept)).ToArray();

    private double RelevanceCredit(RelevanceVerdict relevance)
    {
        var credit = Scale(relevance.Similarity, options.RelevanceFloor, options.RelevanceCeiling);

        // A wrap-up answered with questions or a self-introduction is relevant by its form, whatever its words.
        return relevance.Label == RelevanceLabel.Relevant ? Math.Max(credit, options.RelevantByFormCredit) : credit;
    }

    // A rubric point must be said in substance; a concept taken from the question's own wording also counts when
    // the answer names it, because such concepts are short and embed poorly alone.
    private KeyPointCoverage Cover(RubricKeyPoint point, bool fromQuestion, AnswerText answer, EmbeddingTable table)
    {
        var (similarity, _) = table.BestMatch(point.Text, answer.Windows);
        var (_, evidence) = table.BestMatch(point.Text, answer.InformativeSentences);
        var credit = Scale(similarity, options.KeyPointFloor, options.KeyPointCeiling);
        if (fromQuestion && KeyConcepts.IsMentioned(point.Text, answer.Core))
        {
            credit = 1.0;
            evidence = answer.InformativeSentences
                .FirstOrDefault(sentence => KeyConcepts.IsMentioned(point.Text, sentence))
                ?? evidence;
        }

        return new KeyPointCoverage(point, credit, credit > 0 ? evidence : null);
    }

    // A question whose every word frames it ("tell me about a time you led a project") has no topic to cover:
    // its form is all there is to judge.
    private static double AdjustForKind(QuestionKind kind, AnswerForm form, AnswerText answer, double? topic) =>
        (kind, topic ?? 0) switch
        {
            // Two questions asked back cover a wrap-up fully.
            (QuestionKind.WrapUp, _) => Math.Min(1.0, answer.Text.Count(character => character == '?') / 2.0
                + form.AsksQuestions * answer.InformativeSentences.Count / 2.0),
            (QuestionKind.SelfIntroduction, var coverage) => Math.Max(coverage, form.SelfIntroduction),
            (QuestionKind.Motivation, var coverage) => Math.Max(coverage, form.Motivation),

            // A behavioral answer covers its topic and tells a story: what happened, what the speaker did, the result.
            (QuestionKind.Behavioral, _) when topic is null => StoryParts(answer),
            (QuestionKind.Behavioral, var coverage) => (coverage + StoryParts(answer)) / 2,
            (_, var coverage) => coverage,
        };

    private static double StoryParts(AnswerText answer)
    {
        var sentences = answer.InformativeSentences;
        var situation = AnswerForm.Read(answer).Story > 0 ? 1 : 0;
        var action = sentences.Any(sentence => Specificity.Signals(sentence) > 0 && sentence.Contains("I ")) ? 1 : 0;
        var result = sentences.Skip(1).Any(Specificity.TellsOutcome) ? 1 : 0;

        return (situation + action + result) / 3.0;
    }

    private (double Specificity, string? MostConcrete, int Hedges) MeasureSpecificity(AnswerText answer)
    {
        var sentences = answer.InformativeSentences;
        if (sentences.Count == 0)
        {
            return (0, null, 0);
        }

        var mean = sentences.Average(Specificity.OfSentence);
        var hedges = answer.Sentences.Count(Specificity.Hedges);
        var penalty = options.HedgePenalty * Math.Min(1.0, (double)hedges / sentences.Count);
        var concrete = sentences.MaxBy(Specificity.Signals);

        return (Math.Max(0, mean - penalty), Specificity.Signals(concrete!) >= 2 ? concrete : null, hedges);
    }

    private static double WeightedMean(IReadOnlyList<KeyPointCoverage> points)
    {
        var total = points.Sum(point => point.Point.Weight);

        return total <= 0 ? 0 : points.Sum(point => point.Credit * point.Point.Weight) / total;
    }

    private static double Scale(double value, double floor, double ceiling) =>
        Math.Clamp((value - floor) / (ceiling - floor), 0, 1);
}
