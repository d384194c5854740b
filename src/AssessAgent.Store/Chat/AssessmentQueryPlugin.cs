using System.Collections.Concurrent;
using System.ComponentModel;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using AssessAgent.Assessment;
using AssessAgent.Store.Queries;
using AssessAgent.Store.Search;
using Microsoft.SemanticKernel;

namespace AssessAgent.Store.Chat;

/// <summary>
/// The store's queries as Semantic Kernel functions for a chat model. Each returns compact JSON; a bad argument
/// value comes back as an <c>error</c> the model can read and correct rather than as an exception. Every
/// assessment and question a function returns is remembered as a citation of the turn.
/// </summary>
public sealed class AssessmentQueryPlugin(IAssessmentQueries queries, IAssessmentStore store)
{
    /// <summary>The plugin's name; tools reach the model as <c>store_search</c> and so on.</summary>
    public const string PluginName = "store";

    private const int AnswerExcerptLength = 400;

    // Relaxed escaping keeps quotes and apostrophes readable for the model; the text is never put into HTML.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly ConcurrentQueue<Citation> _citations = new();

    /// <summary>The citations gathered since the last call, which are then forgotten.</summary>
    public IReadOnlyList<Citation> TakeCitations()
    {
        var taken = new List<Citation>();
        while (_citations.TryDequeue(out var citation))
        {
            taken.Add(citation);
        }

        return taken.Distinct().ToList();
    }

    [KernelFunction("search")]
    [Description(
        "Finds stored interview answers, questions and feedback that match a question, by keywords and by " +
        "meaning. Returns each hit's assessment id, candidate, question id, question, answer excerpt, score " +
        "(0-100) and time in the interview. Use it to find who said what; never count its hits to answer " +
        "'how many' or 'average' questions (use score_statistics or list_candidates).")]
    public async Task<string> SearchAsync(
        [Description("What to look for, in a few words or a question.")] string query,
        [Description("Only this candidate (part of the name is enough).")] string? candidate = null,
        [Description("Only this position (part of its name is enough).")] string? position = null,
        [Description("How many hits at most, 1-20.")] int limit = 5,
        CancellationToken cancellationToken = default)
    {
        var filter = new AssessmentFilter
        {
            Candidate = string.IsNullOrWhiteSpace(candidate) ? null : candidate,
            Position = string.IsNullOrWhiteSpace(position) ? null : position,
        };

        var request = new SearchRequest(query, filter, Math.Clamp(limit, 1, 20));
        var hits = await queries.SearchAsync(request, cancellationToken);
        foreach (var hit in hits)
        {
            _citations.Enqueue(
                new Citation(hit.AssessmentId, hit.Candidate, hit.QuestionId, hit.Question, hit.AskedAt));
        }

        return Serialize(new
        {
            hits = hits.Select(hit => new
            {
                assessmentId = hit.AssessmentId,
                candidate = hit.Candidate,
                position = hit.Position,
                interviewDate = hit.InterviewDate,
                questionId = hit.QuestionId,
                section = hit.Section,
                question = hit.Question,
                answer = Excerpt(hit.Answer),
                score = hit.Score,
                relevance = hit.Relevance,
                askedAt = hit.AskedAt?.ToString(@"hh\:mm\:ss"),
            }),
            note = hits.Count == 0 ? "No stored answer matches; the store has no evidence for this." : null,
        });
    }

    [KernelFunction("get_assessment")]
    [Description(
        "Reads one stored assessment by id: candidate, position, date, recommendation with confidence and " +
        "reasoning, summary, and every question with its id, section and score.")]
    public async Task<string> GetAssessmentAsync(
        [Description("The assessment id, 12 hex digits, as other functions return it.")] string assessmentId,
        CancellationToken cancellationToken = default)
    {
        var stored = await store.GetAsync(assessmentId.Trim(), cancellationToken);
        if (stored is null)
        {
            return Serialize(new { error = $"No stored assessment has the id '{assessmentId}'." });
        }

        var report = stored.Report;
        _citations.Enqueue(new Citation(stored.Id, report.Header.Candidate));

        return Serialize(new
        {
            assessmentId = stored.Id,
            candidate = report.Header.Candidate,
            position = report.Header.Position,
            interviewDate = report.Header.InterviewDate,
            recommendation = report.Recommendation.Decision,
            confidence = Math.Round(report.Recommendation.Confidence, 2),
            reasoning = report.Recommendation.Reasoning,
            summary = report.ExecutiveSummary,
            misaligned = report.Diagnosis.Misaligned,
            questions = report.AllQuestions.Select(question => new
            {
                questionId = question.QuestionId,
                section = question.Section,
                question = question.Question,
                score = question.Score,
                relevance = question.Relevance.Label,
            }),
        });
    }

    [KernelFunction("list_candidates")]
    [Description(
        "Lists the stored candidates that match the filters, each with how many assessments they have, their " +
        "mean answer score and their latest recommendation and assessment id. Use it to count candidates, and " +
        "with the recommendation filter for 'which candidates were inconclusive', 'who got a hire " +
        "recommendation' or 'how many were no hire' questions.")]
    public async Task<string> ListCandidatesAsync(
        [Description("Only this position (part of its name is enough).")] string? position = null,
        [Description("Only candidates with an assessment of this recommendation: StrongHire, Hire, LeanHire, " +
            "LeanNoHire, NoHire or Inconclusive.")] string? recommendation = null,
        [Description("Interviews on or after this day, yyyy-MM-dd.")] string? from = null,
        [Description("Interviews on or before this day, yyyy-MM-dd.")] string? to = null,
        CancellationToken cancellationToken = default)
    {
        if (!FilterArguments.TryCreate(null, position, from, to, recommendation, out var filter, out var error))
        {
            return Serialize(new { error });
        }

        var candidates = await queries.ListCandidatesAsync(filter, cancellationToken);
        foreach (var candidate in candidates)
        {
            _citations.Enqueue(new Citation(candidate.LatestAssessmentId, candidate.Candidate));
        }

        return Serialize(new { count = candidates.Count, candidates = candidates.Select(Describe) });
    }

    [KernelFunction("compare_candidates")]
    [Description(
        "Puts named candidates side by side: assessments, mean score, latest recommendation and the mean score " +
        "of each interview section.")]
    public async Task<string> CompareCandidatesAsync(
        [Description("The candidates' full names, separated by commas.")] string candidates,
        CancellationToken cancellationToken = default)
    {
        var names = candidates.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var profiles = await queries.CompareCandidatesAsync(names, cancellationToken);
        foreach (var profile in profiles)
        {
            _citations.Enqueue(new Citation(profile.Summary.LatestAssessmentId, profile.Summary.Candidate));
        }

        var found = profiles.Select(profile => profile.Summary.Candidate).ToHashSet(StringComparer.OrdinalIgnoreCase);

        return Serialize(new
        {
            candidates = profiles.Select(profile => new
            {
                summary = Describe(profile.Summary),
                sections = profile.Sections.Select(section => new
                {
                    section = section.Section,
                    mean = Math.Round(section.Mean, 1),
                    answers = section.AnswerCount,
                }),
            }),
            notFound = names.Where(name => !found.Contains(name)).ToList() is { Count: > 0 } missing ? missing : null,
        });
    }

    [KernelFunction("score_statistics")]
    [Description(
        "Counts and averages answer scores over every stored assessment that matches the filters, grouped by " +
        "section or by question: number of answers and assessments, mean, minimum and maximum. Use it for " +
        "'how many', 'average' and 'lowest/highest' questions.")]
    public async Task<string> ScoreStatisticsAsync(
        [Description("'section' or 'question'.")] string groupBy = "section",
        [Description("Only this candidate (part of the name is enough).")] string? candidate = null,
        [Description("Only this position (part of its name is enough).")] string? position = null,
        [Description("Interviews on or after this day, yyyy-MM-dd.")] string? from = null,
        [Description("Interviews on or before this day, yyyy-MM-dd.")] string? to = null,
        [Description("Only assessments with this recommendation.")] string? recommendation = null,
        CancellationToken cancellationToken = default)
    {
        if (!Enum.TryParse<StatisticsGrouping>(groupBy.Trim(), ignoreCase: true, out var grouping))
        {
            return Serialize(new { error = $"groupBy '{groupBy}' is not 'section' or 'question'." });
        }

        if (!FilterArguments.TryCreate(candidate, position, from, to, recommendation, out var filter, out var error))
        {
            return Serialize(new { error });
        }

        var rows = await queries.GetScoreStatisticsAsync(filter, grouping, cancellationToken);

        return Serialize(new
        {
            groups = rows.Select(row => new
            {
                section = row.Section,
                questionId = row.QuestionId,
                question = row.Question,
                answers = row.AnswerCount,
                assessments = row.AssessmentCount,
                mean = Math.Round(row.Mean, 1),
                min = row.Minimum,
                max = row.Maximum,
            }),
            note = rows.Count == 0 ? "No stored assessment matches these filters." : null,
        });
    }

    [KernelFunction("rank_answers")]
    [Description(
        "Ranks by score every stored answer to one interview question: the stored question whose text best " +
        "matches 'question', together with its rewordings in other interviews. Returns that question, the " +
        "answers best or worst first with candidate, assessment id, question id, score and relevance, how many " +
        "candidates answered it, and notes when only one did or the best answer was off-topic. Use it for " +
        "'who answered X best / worst / highest / lowest' questions.")]
    public async Task<string> RankAnswersAsync(
        [Description("Words that name the question, such as 'Redis session management'.")] string question,
        [Description("'best' (highest score first) or 'worst' (lowest first).")] string order = "best",
        [Description("Only this position (part of its name is enough).")] string? position = null,
        [Description("How many answers at most, 1-20.")] int limit = 5,
        CancellationToken cancellationToken = default)
    {
        var ranking = order.Trim().ToLowerInvariant() switch
        {
            "best" or "highest" or "top" => RankingOrder.Best,
            "worst" or "lowest" or "bottom" => (RankingOrder?)RankingOrder.Worst,
            _ => null,
        };
        if (ranking is null)
        {
            return Serialize(new { error = $"order '{order}' is not 'best' or 'worst'." });
        }

        var filter = new AssessmentFilter { Position = string.IsNullOrWhiteSpace(position) ? null : position };
        var request = new AnswerRankingRequest(question, ranking.Value, filter, Math.Clamp(limit, 1, 20));
        var result = await queries.RankAnswersAsync(request, cancellationToken);
        if (result is null)
        {
            return Serialize(new { note = "No stored question matches; the store has no evidence for this." });
        }

        foreach (var answer in result.Answers)
        {
            _citations.Enqueue(new Citation(
                answer.AssessmentId, answer.Candidate, answer.QuestionId, answer.Question, answer.AskedAt));
        }

        return Serialize(new
        {
            question = result.Question,
            wordings = result.QuestionVariants,
            answerCount = result.AnswerCount,
            candidateCount = result.CandidateCount,
            answers = result.Answers.Select((answer, index) => new
            {
                rank = index + 1,
                assessmentId = answer.AssessmentId,
                candidate = answer.Candidate,
                position = answer.Position,
                questionId = answer.QuestionId,
                score = answer.Score,
                relevance = answer.Relevance,
                askedAt = answer.AskedAt?.ToString(@"hh\:mm\:ss"),
            }),
            notes = RankingNotes(result, ranking.Value) is { Count: > 0 } notes ? notes : null,
        });
    }

    private static List<string> RankingNotes(AnswerRanking ranking, RankingOrder order)
    {
        var notes = new List<string>();
        if (ranking.AnswerCount == 0)
        {
            notes.Add("Nobody answered this question; the store has no evidence for who answered it best.");
        }
        else if (ranking.CandidateCount == 1)
        {
            notes.Add("Only one candidate answered this question, so there is no one to compare them with.");
        }

        if (order == RankingOrder.Best && ranking.Answers is [{ Relevance: RelevanceLabel.OffTopic }, ..])
        {
            notes.Add("Even the best answer was judged off-topic: it addresses another question.");
        }

        return notes;
    }

    private static object Describe(CandidateSummary candidate) => new
    {
        candidate = candidate.Candidate,
        assessments = candidate.AssessmentCount,
        meanScore = candidate.MeanScore is { } mean ? Math.Round(mean, 1) : (double?)null,
        latestAssessmentId = candidate.LatestAssessmentId,
        latestRecommendation = candidate.LatestRecommendation,
        latestPosition = candidate.LatestPosition,
        latestDay = candidate.LatestDay,
    };

    private static string? Excerpt(string? answer) =>
        answer is null || answer.Length <= AnswerExcerptLength ? answer : answer[..AnswerExcerptLength] + "…";

    private static string Serialize(object value) => JsonSerializer.Serialize(value, Json);
}
