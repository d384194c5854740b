using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AssessAgent.Store.Queries;
using AssessAgent.Store.Search;
using Microsoft.Extensions.Logging;

namespace AssessAgent.Store.Chat;

/// <summary>
/// Answers questions about the stored assessments without a language model: a question gets the best matching
/// stored answers with their scores and citations; a "who ... best / worst / highest / lowest" question gets the
/// answers to the stored question it names ranked by score; a question about who (or how many) got a recommendation
/// gets the stored assessments with that recommendation; a counting or averaging question gets structured
/// statistics over every stored assessment, never a count of search hits; and slash commands run the structured
/// queries directly (<c>/list</c>, <c>/show</c>, <c>/compare</c>, <c>/stats</c>, <c>/help</c>).
/// </summary>
public sealed partial class RetrievalAnswerer(
    IAssessmentStore store,
    IAssessmentQueries queries,
    ILogger<RetrievalAnswerer> logger)
{
    public const string AnsweredBy = "retrieval";

    private const int HitCount = 5;
    private const int ExcerptLength = 240;

    /// <summary>The cosine similarity a hit found by meaning alone needs to count as evidence.</summary>
    private const double EvidenceSimilarity = 0.4;

    public const string Help = """
        Ask a question to see the best matching stored answers, or use a command:
          /list [candidate=NAME] [position=TEXT] [from=YYYY-MM-DD] [to=YYYY-MM-DD] [recommendation=Hire]
          /show ID
          /compare NAME, NAME[, ...]
          /stats [section|question] [candidate=...] [position=...] [from=...] [to=...] [recommendation=...]
          /help
        Counting and averaging questions are answered from /stats and /list, over every stored assessment;
        "who answered the ... question best (worst, highest, lowest ...)" ranks that question's answers by score;
        "which candidates were inconclusive" (hire, no hire, lean hire ...) lists the assessments with that
        recommendation.
          /history lists this session's questions; /exit ends an interactive chat.
        """;

    private static readonly string[] FilterNames = ["candidate", "position", "from", "to", "recommendation"];

    /// <summary>Answers one line of input: a question or a slash command.</summary>
    public async Task<ChatAnswer> AnswerAsync(string input, CancellationToken cancellationToken = default)
    {
        var text = input.Trim();
        StoreChatLog.Question(logger, text);

        var superlative = text.StartsWith('/') ? null : SuperlativeQuestion.TryParse(text);
        var recommendation = text.StartsWith('/') ? null : RecommendationQuestion.TryParse(text);
        var (kind, answer) = text.StartsWith('/') ? ("command", await RunCommandAsync(text, cancellationToken))
            : superlative is not null ? ("ranking", await RankAsync(superlative, cancellationToken))
            : recommendation is not null
                ? ("recommendation", await ListByRecommendationAsync(recommendation, cancellationToken))
            : AggregateWords().IsMatch(text) ? ("statistics", await AggregateAsync(cancellationToken))
            : ("search", await SearchAsync(text, cancellationToken));

        StoreChatLog.RetrievalAnswered(logger, kind, answer.Citations.Count);
        return answer;
    }

    private async Task<ChatAnswer> RunCommandAsync(string text, CancellationToken cancellationToken)
    {
        var space = text.IndexOf(' ');
        var command = (space < 0 ? text : text[..space]).ToLowerInvariant();
        var arguments = SlashArguments.Parse(space < 0 ? string.Empty : text[(space + 1)..]);

        return command switch
        {
            "/list" => await ListAsync(arguments, cancellationToken),
            "/show" => await ShowAsync(arguments.Rest, cancellationToken),
            "/compare" => await CompareAsync(arguments.Rest, cancellationToken),
            "/stats" => await StatisticsAsync(arguments, cancellationToken),
            "/help" => Plain(Help),
            _ => Plain($"Unknown command {command}.\n{Help}"),
        };
    }

    private async Task<ChatAnswer> SearchAsync(string question, CancellationToken cancellationToken)
    {
        var hits = (await queries.SearchAsync(new SearchRequest(question, Limit: HitCount), cancellationToken))
            .Where(IsEvidence)
            .ToList();
        if (hits.Count == 0)
        {
            return Plain($"The store has no evidence for that: no stored question, answer or feedback matches " +
                $"\"{question}\".");
        }

        var text = new StringBuilder($"Best matching stored answers for \"{question}\":\n");
        var citations = new List<Citation>();
        foreach (var (hit, index) in hits.Select((hit, index) => (hit, index + 1)))
        {
            var citation = new Citation(hit.AssessmentId, hit.Candidate, hit.QuestionId, hit.Question, hit.AskedAt);
            citations.Add(citation);
            AppendHit(text, index, hit, citation);
        }

        return new ChatAnswer(text.ToString().TrimEnd(), citations, HasEvidence: true, AnsweredBy);
    }

    private async Task<ChatAnswer> AggregateAsync(CancellationToken cancellationToken)
    {
        var page = await store.ListAsync(new AssessmentQuery(AssessmentFilter.All, Take: 0), cancellationToken);
        if (page.TotalCount == 0)
        {
            return Plain("The store has no evidence for that: it holds no assessments yet.");
        }

        var candidates = await queries.ListCandidatesAsync(AssessmentFilter.All, cancellationToken);
        var sections = await queries.GetScoreStatisticsAsync(
            AssessmentFilter.All, StatisticsGrouping.Section, cancellationToken);

        var text = new StringBuilder(
            "Counts and averages come from structured queries over every stored assessment, not from search " +
            "hits.\n");
        text.Append(CultureInfo.InvariantCulture,
            $"The store holds {page.TotalCount} assessments of {candidates.Count} named candidates.\n");
        AppendStatistics(text, sections);
        text.Append("Narrow it down with /stats or /list and filters; /help shows how.");

        return new ChatAnswer(text.ToString(), [], HasEvidence: true, AnsweredBy);
    }

    private async Task<ChatAnswer> ListAsync(SlashArguments arguments, CancellationToken cancellationToken)
    {
        if (!TryFilter(arguments, out var filter, out var problem))
        {
            return Plain(problem);
        }

        var page = await store.ListAsync(new AssessmentQuery(filter, Take: 50), cancellationToken);
        if (page.TotalCount == 0)
        {
            return Plain("No stored assessment matches.");
        }

        var more = page.TotalCount > page.Items.Count ? ", the newest 50:" : ":";
        var text = new StringBuilder($"{page.TotalCount} stored assessments match{more}\n");
        foreach (var item in page.Items)
        {
            AppendListed(text, item);
        }

        var citations = page.Items.Select(item => new Citation(item.Id, item.Candidate)).ToList();
        return new ChatAnswer(text.ToString().TrimEnd(), citations, HasEvidence: true, AnsweredBy);
    }

    private async Task<ChatAnswer> ShowAsync(string id, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return Plain("Usage: /show ID");
        }

        var stored = await store.GetAsync(id.Trim(), cancellationToken);
        if (stored is null)
        {
            return Plain($"No stored assessment has the id '{id.Trim()}'.");
        }

        var report = stored.Report;
        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture,
            $"[{stored.Id}] {report.Header.Candidate ?? "(no name)"} - {report.Header.Position ?? "(no position)"}" +
            $", {report.Header.InterviewDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "no date"}\n" +
            $"Recommendation: {report.Recommendation.Decision} ({report.Recommendation.Confidence:0.00})\n" +
            $"{report.ExecutiveSummary}\n"));
        foreach (var question in report.AllQuestions)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"  {question.QuestionId} ({question.Section}): {question.Score} {question.Band}, " +
                $"{question.Relevance.Label} - {question.Question}\n");
        }

        var citations = report.AllQuestions
            .Select(question => new Citation(
                stored.Id, report.Header.Candidate, question.QuestionId, question.Question, question.Timestamps?.Start))
            .ToList();
        return new ChatAnswer(text.ToString().TrimEnd(), citations, HasEvidence: true, AnsweredBy);
    }

    private async Task<ChatAnswer> CompareAsync(string names, CancellationToken cancellationToken)
    {
        var candidates = names.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (candidates.Length < 2)
        {
            return Plain("Usage: /compare NAME, NAME[, ...]");
        }

        var profiles = await queries.CompareCandidatesAsync(candidates, cancellationToken);
        var text = new StringBuilder();
        foreach (var profile in profiles)
        {
            var summary = profile.Summary;
            var sections = string.Join(", ", profile.Sections.Select(section =>
                string.Create(CultureInfo.InvariantCulture, $"{section.Section} {section.Mean:0.#}")));
            text.Append(CultureInfo.InvariantCulture,
                $"{summary.Candidate}: {summary.AssessmentCount} assessments, mean score " +
                $"{summary.MeanScore?.ToString("0.#", CultureInfo.InvariantCulture) ?? "-"}, latest " +
                $"{summary.LatestRecommendation} [{summary.LatestAssessmentId}]; by section: {sections}\n");
        }

        var found = profiles.Select(profile => profile.Summary.Candidate).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = candidates.Where(name => !found.Contains(name)).ToList();
        if (missing.Count > 0)
        {
            text.Append(
                $"The store has no evidence for {string.Join(", ", missing)}: no stored assessment names them.");
        }

        var citations = profiles
            .Select(profile => new Citation(profile.Summary.LatestAssessmentId, profile.Summary.Candidate))
            .ToList();
        return new ChatAnswer(text.ToString().TrimEnd(), citations, citations.Count > 0, AnsweredBy);
    }

    private async Task<ChatAnswer> StatisticsAsync(SlashArguments arguments, CancellationToken cancellationToken)
    {
        var grouping = StatisticsGrouping.Section;
        if (arguments.Rest.Length > 0 && !Enum.TryParse(arguments.Rest, ignoreCase: true, out grouping))
        {
            return Plain($"/stats groups by 'section' or 'question', not '{arguments.Rest}'.");
        }

        if (!TryFilter(arguments, out var filter, out var problem))
        {
            return Plain(problem);
        }

        var rows = await queries.GetScoreStatisticsAsync(filter, grouping, cancellationToken);
        if (rows.Count == 0)
        {
            return Plain("No stored assessment matches, so there are no scores to count.");
        }

        var text = new StringBuilder();
        AppendStatistics(text, rows);

        return new ChatAnswer(text.ToString().TrimEnd(), [], HasEvidence: true, AnsweredBy);
    }

    // A hit found by meaning alone is evidence only when its meaning is close: between the search's floor and
    // EvidenceSimilarity MiniLM puts sentences that share a subject area but not the subject ("I don't know,
    // sorry" for a question about recommendations), which cited as an answer would mislead.
    private static bool IsEvidence(SearchHit hit) =>
        hit.Rank.KeywordRank is not null || hit.Rank.Similarity >= EvidenceSimilarity;

    private static bool TryFilter(SlashArguments arguments, out AssessmentFilter filter, out string problem)
    {
        problem = string.Empty;
        if (arguments.UnknownNames(FilterNames) is { Count: > 0 } unknown)
        {
            filter = AssessmentFilter.All;
            problem = $"Unknown filter {string.Join(", ", unknown)}; use {string.Join(", ", FilterNames)}.";
            return false;
        }

        var valid = FilterArguments.TryCreate(
            arguments["candidate"], arguments["position"], arguments["from"], arguments["to"],
            arguments["recommendation"], out filter, out var error);
        problem = error ?? string.Empty;

        return valid;
    }

    private static void AppendListed(StringBuilder text, AssessmentSummary item)
    {
        var mean = item.MeanScore is { } value ? value.ToString("0", CultureInfo.InvariantCulture) : "-";
        text.Append(CultureInfo.InvariantCulture,
            $"  [{item.Id}] {item.Candidate ?? "(no name)"} - {item.Position ?? "(no position)"}, " +
            $"{item.InterviewDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "no date"}: " +
            $"{item.Recommendation} ({item.Confidence:0.00}), mean score {mean}\n");
    }

    private static void AppendHit(StringBuilder text, int index, SearchHit hit, Citation citation)
    {
        var who = $"{hit.Candidate ?? "(no name)"} - {hit.Position ?? "(no position)"}";
        var match = string.Join(", ", new[]
        {
            hit.Rank.KeywordRank is { } keyword ? $"keywords #{keyword}" : null,
            hit.Rank.SemanticRank is { } semantic
                ? string.Create(CultureInfo.InvariantCulture, $"meaning #{semantic} ({hit.Rank.Similarity:0.00})")
                : null,
        }.Where(part => part is not null));

        text.Append(CultureInfo.InvariantCulture, $"{index}. {who} {citation}\n");
        text.Append(CultureInfo.InvariantCulture, $"   Q ({hit.Section}): {hit.Question}\n");
        text.Append(CultureInfo.InvariantCulture, $"   A: {Excerpt(hit.Answer)}\n");
        text.Append(CultureInfo.InvariantCulture,
            $"   Score {hit.Score} ({hit.Band}), {hit.Relevance}; matched by {match}\n");
    }

    private static void AppendStatistics(StringBuilder text, IReadOnlyList<ScoreStatistics> rows)
    {
        foreach (var row in rows)
        {
            var name = row.QuestionId is null ? row.Section : $"{row.Section} {row.QuestionId} ({row.Question})";
            text.Append(CultureInfo.InvariantCulture,
                $"  {name}: mean {row.Mean:0.#} over {row.AnswerCount} answers in {row.AssessmentCount} " +
                $"assessments (lowest {row.Minimum}, highest {row.Maximum})\n");
        }
    }

    private static string Excerpt(string? answer) =>
        answer is null ? "(no answer recorded)"
        : answer.Length <= ExcerptLength ? answer
        : answer[..ExcerptLength] + "…";

    private static ChatAnswer Plain(string text) => new(text, [], HasEvidence: false, AnsweredBy);

    [GeneratedRegex(@"\b(how many|how often|number of|count|average|mean|avg|highest|lowest)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex AggregateWords();
}
