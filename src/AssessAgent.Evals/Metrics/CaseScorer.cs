using AssessAgent.Assessment;
using AssessAgent.Evals.Cases;
using AssessAgent.Evals.Goldens;
using AssessAgent.Evals.Matching;

namespace AssessAgent.Evals.Metrics;

/// <summary>Compares the report on one case with its golden, question by question.</summary>
/// <param name="themes">Decides which golden themes the feedback covers.</param>
public sealed class CaseScorer(ThemeMatcher themes)
{
    public async Task<CaseResult> ScoreAsync(
        EvalCase evalCase,
        AssessmentReport report,
        CancellationToken cancellationToken = default)
    {
        var golden = evalCase.Golden;
        var questions = new List<QuestionResult>();
        foreach (var match in QuestionMatcher.Match(golden, report))
        {
            questions.Add(await ScoreQuestionAsync(match, report, golden.HumanScores, cancellationToken)
                .ConfigureAwait(false));
        }

        return new CaseResult
        {
            Name = evalCase.Name,
            Tags = golden.Tags ?? [],
            AcceptedRecommendations = golden.Recommendations,
            ActualRecommendation = report.Recommendation.Decision,
            ExpectedMisaligned = golden.Misaligned,
            ActualMisaligned = report.Diagnosis.Misaligned,
            HumanRecommendation = golden.HumanScores?.Recommendation,
            CheckerFindings = report.CheckerFindings.Select(finding => finding.Rule).ToList(),
            Questions = questions,
        };
    }

    private async Task<QuestionResult> ScoreQuestionAsync(
        QuestionMatch match,
        AssessmentReport report,
        GoldenHumanScores? human,
        CancellationToken cancellationToken)
    {
        var golden = match.Golden;
        var result = new QuestionResult
        {
            Index = match.Index,
            Section = golden.Section,
            Position = golden.Position,
            Question = golden.QuestionStartsWith,
            MatchProblem = match.Problem,
            ExpectedRelevance = golden.Relevance,
            AcceptedRelevance = golden.AcceptedRelevance,
            ScoreMin = golden.MinScore,
            ScoreMax = golden.MaxScore,
            ExpectedBand = golden.Band,
            ThemesExpected = golden.StrengthThemes.Count + golden.ImprovementThemes.Count,
            ThemesMissed = [.. golden.StrengthThemes, .. golden.ImprovementThemes],
            HumanScore = human?.Scores[match.Index],
        };

        if (match.Actual is not { } actual)
        {
            return result;
        }

        var quotes = actual.Strengths.Concat(actual.Improvements)
            .Select(feedback => feedback.Evidence)
            .OfType<string>()
            .Where(quote => quote.Trim().Length > 0)
            .ToList();

        return result with
        {
            Matched = true,
            ActualRelevance = actual.Relevance.Label,
            ActualScore = actual.Score,
            BandAgrees = golden.AcceptedBands.Contains(actual.Band),
            ThemesMissed = await FindMissedThemesAsync(golden, actual, report, cancellationToken).ConfigureAwait(false),
            QuotesTotal = quotes.Count,
            QuotesGrounded = quotes.Count(quote => QuoteGrounding.IsGrounded(quote, actual.Answer)),
            FlagProblems = FindFlagProblems(golden, actual),
            UnearnedStrengths = golden.ExpectsNoCredit ? actual.Strengths.Count : 0,
        };
    }

    // Interview-wide findings that cite this question count as its feedback too.
    private async Task<IReadOnlyList<string>> FindMissedThemesAsync(
        GoldenQuestion golden,
        QuestionAssessment actual,
        AssessmentReport report,
        CancellationToken cancellationToken)
    {
        var strengths = Texts(actual.Strengths, report.KeyStrengths, actual.QuestionId);
        var improvements = Texts(actual.Improvements, report.AreasForImprovement, actual.QuestionId);

        var missedStrengths = await themes.FindMissedAsync(golden.StrengthThemes, strengths, cancellationToken)
            .ConfigureAwait(false);
        var missedImprovements = await themes.FindMissedAsync(golden.ImprovementThemes, improvements, cancellationToken)
            .ConfigureAwait(false);

        return [.. missedStrengths, .. missedImprovements];
    }

    private static List<string> Texts(
        IEnumerable<Feedback> feedback,
        IEnumerable<Finding> findings,
        string questionId) =>
        feedback.SelectMany(item => new[] { item.Text, item.Evidence ?? "" })
            .Concat(findings.Where(finding => finding.QuestionIds.Contains(questionId))
                .Select(finding => $"{finding.Title}: {finding.Detail}"))
            .ToList();

    private static List<string> FindFlagProblems(GoldenQuestion golden, QuestionAssessment actual)
    {
        var attached = actual.Flags.Select(flag => flag.Kind)
            .Where(GoldenQuestion.JudgedFlagKinds.Contains)
            .ToHashSet();
        var allowed = golden.Flags.Concat(golden.OptionalFlags ?? []).ToHashSet();

        return golden.Flags.Where(flag => !attached.Contains(flag)).Select(flag => $"missing flag {flag}")
            .Concat(attached.Where(flag => !allowed.Contains(flag)).Select(flag => $"unexpected flag {flag}"))
            .ToList();
    }
}
