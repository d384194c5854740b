using System.Globalization;
using AssessAgent.Embeddings;
using AssessAgent.Transcripts;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AssessAgent.Assessment.Offline;

/// <summary>
/// Judges every answer of an interview against its own question, the interview's other questions and a catalog
/// of standard interview questions, using sentence embeddings. An answer is compared passage by passage, so a
/// long answer is not diluted; questions that are answered by the form of the answer (the wrap-up, "tell me about
/// yourself", "tell me about a time") are judged by that form too.
/// </summary>
public sealed partial class EmbeddingRelevanceAnalyzer(
    IEmbeddingGenerator<string, Embedding<float>> generator,
    IOptions<RelevanceAnalyzerOptions> options,
    ILogger<EmbeddingRelevanceAnalyzer> logger) : IRelevanceAnalyzer
{
    private readonly RelevanceAnalyzerOptions _options = options.Value;

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, RelevanceVerdict>> AnalyzeAsync(
        Transcript transcript,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        var questions = transcript.AllQuestions.ToArray();
        var answers = questions.Select(question => AnswerText.From(question.Answer)).ToArray();

        var table = await EmbeddingTable.BuildAsync(generator, TextsToEmbed(questions, answers), cancellationToken)
            .ConfigureAwait(false);
        var rivals = BuildRivals(questions, table);

        var verdicts = new Dictionary<string, RelevanceVerdict>(StringComparer.Ordinal);
        for (var i = 0; i < questions.Length; i++)
        {
            var verdict = Judge(i, questions[i], answers[i], rivals, table);
            verdicts[questions[i].Id] = verdict;
            LogVerdict(logger, questions[i].Id, verdict.Label, verdict.Similarity);
        }

        return verdicts;
    }

    private static IEnumerable<string> TextsToEmbed(InterviewQuestion[] questions, AnswerText[] answers) =>
        questions.Select(question => question.Text)
            .Concat(answers.SelectMany(answer => answer.Windows))
            .Concat(StandardQuestionCatalog.All.SelectMany(standard => new[] { standard.Question, standard.Exemplar }));

    // The interview's questions come first, each with the exemplars of the standard questions it is the same as;
    // then the standard questions that match none of the interview's.
    private List<RivalQuestion> BuildRivals(InterviewQuestion[] questions, EmbeddingTable table)
    {
        var rivals = new List<RivalQuestion>();
        var merged = new HashSet<StandardQuestion>();
        for (var i = 0; i < questions.Length; i++)
        {
            var same = StandardQuestionCatalog.All
                .Where(standard => table.Similarity(questions[i].Text, standard.Question) >= _options.SameQuestionThreshold)
                .ToArray();
            merged.UnionWith(same);
            var kind = QuestionKindDetector.Detect(questions[i].Text);
            rivals.Add(new RivalQuestion(questions[i].Text, kind, i, same.Select(standard => standard.Exemplar).ToArray()));
        }

        rivals.AddRange(StandardQuestionCatalog.All
            .Where(standard => !merged.Contains(standard))
            .Select(standard => new RivalQuestion(standard.Question, standard.Kind, -1, [standard.Exemplar])));

        return rivals;
    }

    private RelevanceVerdict Judge(
        int index,
        InterviewQuestion question,
        AnswerText answer,
        List<RivalQuestion> rivals,
        EmbeddingTable table)
    {
        if (!question.HasAnswer)
        {
            return new RelevanceVerdict(RelevanceLabel.NoAnswer, 0, "No answer was recorded.");
        }

        var own = rivals[index];
        var form = AnswerForm.Read(answer);
        if (answer.InformativeSentences.Count == 0)
        {
            return AnswerForm.Declines(answer) && own.Kind == QuestionKind.WrapUp
                ? new RelevanceVerdict(RelevanceLabel.Relevant, 0, "It politely declines to ask anything, which "
                    + "answers a wrap-up question completely.")
                : new RelevanceVerdict(RelevanceLabel.OffTopic, 0, "It has no sentence with content that bears on "
                    + "the question, only filler or remarks to the assessor.");
        }

        var (ownSimilarity, passage) = Match(answer, own, table);
        var formFit = form.FitFor(own.Kind) >= _options.FormThreshold;
        if (formFit && own.Kind is QuestionKind.WrapUp or QuestionKind.SelfIntroduction)
        {
            return AnsweredByForm(own.Kind, answer, Math.Max(ownSimilarity, KindSimilarity(answer, own.Kind, table)));
        }

        if (formFit && own.Kind == QuestionKind.Motivation)
        {
            ownSimilarity = Math.Max(ownSimilarity, KindSimilarity(answer, own.Kind, table));
        }

        var rival = BestRival(index, answer, form, rivals, table);

        return Decide(own, ownSimilarity, passage, formFit, rival);
    }

    private RelevanceVerdict Decide(
        RivalQuestion own,
        double similarity,
        string passage,
        bool formFit,
        (RivalQuestion? Question, double Similarity) rival)
    {
        var rivalText = rival.Question?.Text;
        var rivalWins = rival.Question is not null
            && rival.Similarity >= _options.CompetitorMinimum
            && rival.Similarity - similarity >= _options.MisalignmentMargin;

        if (rivalWins && similarity >= _options.PartlyDespiteCompetitor)
        {
            return new RelevanceVerdict(RelevanceLabel.PartlyRelevant, similarity,
                $"It touches the question ({F(similarity)}) but matches \"{Quote.Short(rivalText!)}\" "
                + $"more closely ({F(rival.Similarity)}).", rivalText);
        }

        if (rivalWins)
        {
            return new RelevanceVerdict(RelevanceLabel.OffTopic, similarity,
                $"It answers \"{Quote.Short(rivalText!)}\" ({F(rival.Similarity)}) rather than the question "
                + $"asked ({F(similarity)}).", rivalText);
        }

        if (similarity >= _options.RelevantThreshold && own.Kind == QuestionKind.Behavioral && !formFit)
        {
            return new RelevanceVerdict(RelevanceLabel.PartlyRelevant, similarity,
                $"It speaks to the topic ({F(similarity)}) in general terms instead of telling of a particular time, "
                + "as the question asks.");
        }

        if (similarity >= _options.RelevantThreshold)
        {
            return new RelevanceVerdict(RelevanceLabel.Relevant, similarity,
                $"Its closest passage (\"{Quote.Short(passage, 70)}\") matches the question ({F(similarity)}).");
        }

        if (similarity >= _options.PartlyRelevantThreshold)
        {
            return new RelevanceVerdict(RelevanceLabel.PartlyRelevant, similarity,
                $"Its closest passage (\"{Quote.Short(passage, 70)}\") matches the question only in part "
                + $"({F(similarity)}).");
        }

        var named = rival.Question is not null && rival.Similarity >= _options.CompetitorMinimum ? rivalText : null;

        return new RelevanceVerdict(RelevanceLabel.OffTopic, similarity,
            $"No passage of it matches the question well (best {F(similarity)})"
            + (named is null ? "." : $"; it is closer to \"{Quote.Short(named)}\" ({F(rival.Similarity)})."),
            named);
    }

    private static RelevanceVerdict AnsweredByForm(QuestionKind kind, AnswerText answer, double similarity)
    {
        if (kind == QuestionKind.WrapUp)
        {
            return new RelevanceVerdict(RelevanceLabel.Relevant, similarity,
                $"It asks the interviewers questions of its own (\"{Quote.Short(answer.InformativeSentences[0], 70)}\"), "
                + "which is what a wrap-up question invites.");
        }

        return new RelevanceVerdict(RelevanceLabel.Relevant, similarity,
            $"It introduces the candidate's background (\"{Quote.Short(answer.InformativeSentences[0], 70)}\"), "
            + "which is what the question asks for.");
    }

    /// <summary>The best similarity of an answer's passages with a question or its exemplar answers.</summary>
    private static (double Similarity, string Passage) Match(AnswerText answer, RivalQuestion question, EmbeddingTable table)
    {
        var (similarity, passage) = table.BestMatch(question.Text, answer.Windows);
        foreach (var exemplar in question.Exemplars)
        {
            similarity = Math.Max(similarity, table.Similarity(answer.Core, exemplar));
        }

        return (similarity, passage ?? answer.Core);
    }

    private static double KindSimilarity(AnswerText answer, QuestionKind kind, EmbeddingTable table) =>
        StandardQuestionCatalog.All
            .Where(standard => standard.Kind == kind)
            .Select(standard => table.Similarity(answer.Core, standard.Exemplar))
            .DefaultIfEmpty(0)
            .Max();

    private (RivalQuestion? Question, double Similarity) BestRival(
        int index,
        AnswerText answer,
        AnswerForm form,
        List<RivalQuestion> rivals,
        EmbeddingTable table)
    {
        var best = ((RivalQuestion?)null, Similarity: double.MinValue);
        foreach (var rival in rivals.Where(rival => rival.InterviewIndex != index))
        {
            var fit = form.FitFor(rival.Kind);
            var bonus = fit >= _options.FormThreshold ? _options.FormBonus * fit : 0;
            var similarity = Match(answer, rival, table).Similarity + bonus;
            if (similarity > best.Similarity)
            {
                best = (rival, similarity);
            }
        }

        return best;
    }

    private static string F(double similarity) => similarity.ToString("0.00", CultureInfo.InvariantCulture);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Debug,
        Message = "Relevance of {QuestionId}: {Label} at similarity {Similarity:0.00}")]
    private static partial void LogVerdict(ILogger logger, string questionId, RelevanceLabel label, double similarity);
}
