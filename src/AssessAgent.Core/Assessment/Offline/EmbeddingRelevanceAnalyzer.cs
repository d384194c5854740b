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

        var table = await EmbeddingTable.BuildAsync(generator, TextsToEmbed(questions, answers), cancellationToken,
            StandardQuestionVectors.For(generator)).ConfigureAwait(false);
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
            .Concat(StandardQuestionVectors.CatalogTexts());

    // The interview's questions come first, each with the exemplars of the standard questions it is the same as;
    // then the standard questions that match none of the interview's.
    private List<RivalQuestion> BuildRivals(InterviewQuestion[] questions, EmbeddingTable table)
    {
        var rivals = new List<RivalQuestion>();
        var merged = new HashSet<StandardQuestion>();
        for (var i = 0; i < questions.Length; i++)
        {
            var kind = QuestionKindDetector.Detect(questions[i].Text);
            var same = StandardQuestionCatalog.All
                .Where(standard => IsSameQuestion(questions[i].Text, kind, standard, table))
                .ToArray();
            merged.UnionWith(same);
            rivals.Add(new RivalQuestion(
                questions[i].Text, kind, i, same.Select(standard => standard.Exemplar).ToArray()));
        }

        rivals.AddRange(StandardQuestionCatalog.All
            .Where(standard => !merged.Contains(standard))
            .Select(standard => new RivalQuestion(standard.Question, standard.Kind, -1, [standard.Exemplar])));

        return rivals;
    }

    // Questions of one particular kind ("tell me about a time...") share their form, so a looser match of their
    // words is enough to make them the same question.
    private bool IsSameQuestion(string question, QuestionKind kind, StandardQuestion standard, EmbeddingTable table)
    {
        var similarity = table.Similarity(question, standard.Question);
        var threshold = kind != QuestionKind.General && kind == standard.Kind
            ? _options.SameKindQuestionThreshold
            : _options.SameQuestionThreshold;

        return similarity >= threshold;
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

        // "[inaudible]" or "..." stands where the transcript lost the answer: nothing the candidate said is known,
        // so it can neither miss the question nor answer another one.
        if (AnswerPlaceholder.IsOnlyPlaceholder(answer.Text))
        {
            return new RelevanceVerdict(RelevanceLabel.NoAnswer, 0, "No answer was recorded: the transcript holds "
                + $"only a placeholder (\"{Quote.Short(answer.Text, 40)}\").");
        }

        var own = rivals[index];
        var form = AnswerForm.Read(answer);
        if (AnswerForm.AdmitsNotKnowing(answer))
        {
            return new RelevanceVerdict(RelevanceLabel.NoAnswer, 0,
                $"The candidate said they do not know (\"{Quote.Short(answer.Text, 60)}\").");
        }

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

        // A story is told in concrete terms that embed far from the abstract question it answers.
        if (formFit && own.Kind == QuestionKind.Behavioral)
        {
            ownSimilarity = Math.Min(1.0, ownSimilarity + _options.StoryAllowance);
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

        if (similarity >= _options.RelevantThreshold && own.Kind != QuestionKind.General && !formFit)
        {
            return new RelevanceVerdict(RelevanceLabel.PartlyRelevant, similarity,
                $"It speaks to the topic ({F(similarity)}) but not in the form the question asks for: "
                + MissingForm(own.Kind) + ".");
        }

        if (similarity >= _options.RelevantThreshold)
        {
            return new RelevanceVerdict(RelevanceLabel.Relevant, similarity,
                $"Its closest passage (\"{Quote.Short(passage, 70)}\") matches the question ({F(similarity)}).");
        }

        if (similarity >= PartlyRelevantThreshold(own.Kind))
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

    // A question that asks for a particular form is missed by an answer without it that barely touches its words;
    // a technical question is often answered by a short, correct definition that MiniLM places far from it.
    private double PartlyRelevantThreshold(QuestionKind kind) => kind == QuestionKind.General
        ? _options.GeneralPartlyRelevantThreshold
        : _options.PartlyRelevantThreshold;

    private static string MissingForm(QuestionKind kind) => kind switch
    {
        QuestionKind.Behavioral => "it talks in general terms instead of telling of a particular time",
        QuestionKind.Motivation => "it gives no reason for wanting the role",
        QuestionKind.SelfIntroduction => "it does not introduce the candidate's background",
        _ => "it asks the interviewers nothing",
    };

    private static RelevanceVerdict AnsweredByForm(QuestionKind kind, AnswerText answer, double similarity)
    {
        if (kind == QuestionKind.WrapUp)
        {
            return new RelevanceVerdict(RelevanceLabel.Relevant, similarity,
                "It asks the interviewers questions of its own "
                + $"(\"{Quote.Short(answer.InformativeSentences[0], 70)}\"), "
                + "which is what a wrap-up question invites.");
        }

        return new RelevanceVerdict(RelevanceLabel.Relevant, similarity,
            $"It introduces the candidate's background (\"{Quote.Short(answer.InformativeSentences[0], 70)}\"), "
            + "which is what the question asks for.");
    }

    /// <summary>
    /// The best similarity of an answer's passages with a question or its exemplar answers, raised by the share of
    /// the question's content words the answer uses: short technical answers embed far from their question even
    /// when they name its very terms.
    /// </summary>
    private (double Similarity, string Passage) Match(AnswerText answer, RivalQuestion question, EmbeddingTable table)
    {
        var (similarity, passage) = table.BestMatch(question.Text, answer.Windows);
        foreach (var exemplar in question.Exemplars)
        {
            similarity = Math.Max(similarity, table.Similarity(answer.Core, exemplar));
        }

        similarity += _options.SharedWordsBonus * KeyConcepts.SharedWordShare(question.Text, answer.Core);

        return (Math.Min(1.0, similarity), passage ?? answer.Core);
    }

    private static double KindSimilarity(AnswerText answer, QuestionKind kind, EmbeddingTable table) =>
        StandardQuestionCatalog.All
            .Where(standard => standard.Kind == kind)
            .Select(standard => table.Similarity(answer.Core, standard.Exemplar))
            .DefaultIfEmpty(0)
            .Max();

    // The rival that matches best; among rivals within the misalignment margin of it, one whose kind the answer's
    // form shows is preferred, since a story about a disagreement answers "a time you disagreed" before it answers
    // a technical question on the story's subject. A story given to a behavioral question competes only with
    // other behavioral questions: no technical question is answered by a story.
    private (RivalQuestion? Question, double Similarity) BestRival(
        int index,
        AnswerText answer,
        AnswerForm form,
        List<RivalQuestion> rivals,
        EmbeddingTable table)
    {
        var storyToBehavioral = rivals[index].Kind == QuestionKind.Behavioral
            && form.FitFor(QuestionKind.Behavioral) >= _options.FormThreshold;
        var scored = rivals
            .Where(rival => rival.InterviewIndex != index)
            .Where(rival => !storyToBehavioral || rival.Kind == QuestionKind.Behavioral)
            .Select(rival => (Question: rival, Similarity: Match(answer, rival, table).Similarity,
                FormFit: rival.Kind != QuestionKind.General && form.FitFor(rival.Kind) >= _options.FormThreshold))
            .ToArray();
        if (scored.Length == 0)
        {
            return (null, 0);
        }

        var best = scored.MaxBy(candidate => candidate.Similarity);
        var formMatch = scored.Where(candidate => candidate.FormFit
                && candidate.Similarity >= best.Similarity - _options.MisalignmentMargin)
            .OrderByDescending(candidate => candidate.Similarity)
            .FirstOrDefault();

        return formMatch.Question is not null
            ? (formMatch.Question, formMatch.Similarity)
            : (best.Question, best.Similarity);
    }

    private static string F(double similarity) => similarity.ToString("0.00", CultureInfo.InvariantCulture);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Debug,
        Message = "Relevance of {QuestionId}: {Label} at similarity {Similarity:0.00}")]
    private static partial void LogVerdict(ILogger logger, string questionId, RelevanceLabel label, double similarity);
}
