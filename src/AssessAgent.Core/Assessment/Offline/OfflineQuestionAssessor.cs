using AssessAgent.Embeddings;
using AssessAgent.Reporting;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AssessAgent.Assessment.Offline;

/// <summary>
/// Scores one answer from sentence embeddings and the answer's own words: relevance to the question, coverage of
/// its key points and concrete detail, capped by the relevance verdict. Strengths and improvements cite the
/// answer or name the missing point. Needs no server.
/// </summary>
public sealed partial class OfflineQuestionAssessor(
    IEmbeddingGenerator<string, Embedding<float>> generator,
    IOptions<OfflineScoringOptions> options,
    ILogger<OfflineQuestionAssessor> logger) : IQuestionAssessor
{
    /// <summary>The assessor's name as reports record it.</summary>
    public const string AssessorName = "offline";

    /// <summary>The formula's name as score breakdowns record it.</summary>
    public const string FormulaName =
        "offline-v1: 100 x (wR*relevance + wC*coverage + wS*specificity), capped by relevance";

    private readonly OfflineScoringOptions _options = options.Value;

    /// <inheritdoc />
    public string Name => AssessorName;

    /// <inheritdoc />
    public async Task<QuestionAssessment> AssessAsync(
        QuestionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var question = context.Question;
        var relevance = context.OfflineRelevance;
        var answer = AnswerText.From(question.Answer);

        if (relevance.Label == RelevanceLabel.NoAnswer)
        {
            return Build(
                context, 0, new ScoreBreakdown(0, 0, 0, FormulaName), [], QuestionFeedback.ForNoAnswer(relevance));
        }

        if (AnswerScript.NonLatinScriptOf(question.Answer) is { } script)
        {
            return NotAssessable(context, script);
        }

        var table = await EmbeddingTable.BuildAsync(generator, AnswerMeasurer.TextsToEmbed(question, answer),
            cancellationToken).ConfigureAwait(false);
        var measures = new AnswerMeasurer(_options).Measure(question, answer, relevance, table);
        // An answer without one sentence of substance has nothing to score, whatever its question marks or its
        // closeness to the question: remarks to the assessor must never score above an answer with no content.
        var score = answer.InformativeSentences.Count == 0 && relevance.Label != RelevanceLabel.Relevant
            ? 0
            : Score(measures, relevance.Label);
        LogScore(logger, question.Id, score, measures.Relevance, measures.Coverage, measures.Specificity);

        var breakdown = new ScoreBreakdown(
            Math.Round(measures.Relevance, 3), Math.Round(measures.Coverage, 3), Math.Round(measures.Specificity, 3),
            FormulaName);
        var feedback = QuestionFeedback.For(question, relevance, measures);

        return Build(context, score, breakdown, Flags(relevance, answer), feedback);
    }

    /// <summary>
    /// The formula of <see cref="OfflineScoringOptions"/>, rounded, then capped by the relevance label.
    /// </summary>
    internal int Score(AnswerMeasures measures, RelevanceLabel label)
    {
        var raw = 100 * (_options.RelevanceWeight * measures.Relevance
            + _options.CoverageWeight * measures.Coverage
            + _options.SpecificityWeight * measures.Specificity);
        var cap = RelevanceScoreCaps.For(label);

        return (int)Math.Round(Math.Clamp(raw, 0, cap), MidpointRounding.AwayFromZero);
    }

    // The model cannot read the answer, so no verdict is given on it: it counts as not answered and is flagged,
    // which makes the recommendation say that the language could not be assessed.
    private QuestionAssessment NotAssessable(QuestionContext context, string script)
    {
        var reason = $"The answer is written in {script} script; the offline assessor reads English only and "
            + "cannot judge it.";
        var verdict = new RelevanceVerdict(RelevanceLabel.NoAnswer, 0, reason);
        var flag = new QuestionFlag(AnswerScript.FlagKind, reason + " It was not scored; assess it with a model "
            + "that reads the language, or have a reader of the language assess it.");

        return Build(context with { OfflineRelevance = verdict }, 0, new ScoreBreakdown(0, 0, 0, FormulaName), [flag],
            ([], [new Feedback("Not assessed: " + char.ToLowerInvariant(reason[0]) + reason[1..])]));
    }

    private static List<QuestionFlag> Flags(RelevanceVerdict relevance, AnswerText answer)
    {
        var flags = new List<QuestionFlag>();
        if (relevance.AddressesInstead is { } other && relevance.Label != RelevanceLabel.Relevant)
        {
            flags.Add(new QuestionFlag("misaligned", $"The answer seems to address \"{Quote.Short(other)}\" instead."));
        }

        if (answer.InjectionSentences.Count > 0)
        {
            flags.Add(new QuestionFlag(InjectionDetector.FlagKind,
                $"The answer addresses the assessor (\"{Quote.Short(answer.InjectionSentences[0], 60)}\"); "
                + "it was ignored and the answer judged on its substance alone."));
        }

        return flags;
    }

    private QuestionAssessment Build(
        QuestionContext context,
        int score,
        ScoreBreakdown breakdown,
        IReadOnlyList<QuestionFlag> flags,
        (IReadOnlyList<Feedback> Strengths, IReadOnlyList<Feedback> Improvements) feedback)
    {
        var question = context.Question;
        var timestamps = question.Turns.Count > 0 && question.Turns[0].Start is { } start
            ? new TimeRange(start, question.Turns[^1].End)
            : null;

        return new QuestionAssessment
        {
            QuestionId = question.Id,
            Section = context.Section.Name,
            Question = question.Text,
            Answer = question.Answer,
            Weight = question.Weight,
            Relevance = context.OfflineRelevance,
            Score = score,
            Breakdown = breakdown,
            Strengths = feedback.Strengths,
            Improvements = feedback.Improvements,
            Timestamps = timestamps,
            Flags = flags,
            PreviouslyReportedScore = question.PreviouslyReported?.Score,
            AssessedBy = Name,
        };
    }

    [LoggerMessage(EventId = 2201, Level = LogLevel.Debug,
        Message = "Scored {QuestionId}: {Score} (relevance {Relevance:0.00}, coverage {Coverage:0.00}, "
            + "specificity {Specificity:0.00})")]
    private static partial void LogScore(
        ILogger logger, string questionId, int score, double relevance, double coverage, double specificity);
}
