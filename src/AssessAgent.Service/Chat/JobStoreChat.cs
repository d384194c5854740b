using System.Globalization;
using System.Runtime.CompilerServices;
using AssessAgent.Reporting;
using AssessAgent.Service.Jobs;

namespace AssessAgent.Service.Chat;

/// <summary>
/// Answers from the reports the service has made, without a model: it ranks the finished assessments by how many
/// of the question's words their candidate, position, summary and reasoning share, and describes the best ones.
/// It does not read questions for meaning; the assessment store's retrieval answerer, once registered as
/// <see cref="IAssessmentChat"/>, takes its place.
/// </summary>
public sealed class JobStoreChat(IJobStore jobs) : IAssessmentChat
{
    private const int ReportsConsidered = 200;
    private const int ReportsDescribed = 3;

    private static readonly char[] WordSeparators = [' ', ',', '.', '?', '!', ';', ':', '\'', '"', '(', ')', '\n'];

    /// <inheritdoc/>
    public async IAsyncEnumerable<string> AnswerAsync(
        string question,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var page = await jobs.ListAsync(
            new JobQuery(JobStatus.Succeeded, PageSize: ReportsConsidered), cancellationToken);
        if (page.Items.Count == 0)
        {
            yield return "There are no finished assessments yet, so there is nothing to answer from.";
            yield break;
        }

        var words = Words(question);
        var ranked = page.Items
            .Select(job => (Job: job, Report: JsonReportReader.Parse(job.ReportJson!, $"assessment {job.Id}")))
            .Select(entry => (entry.Job, entry.Report, Score: Overlap(words, Describe(entry.Report))))
            .OrderByDescending(entry => entry.Score)
            .ThenByDescending(entry => entry.Job.CreatedAt)
            .Take(ReportsDescribed)
            .ToList();

        yield return Tally(page.Items);
        foreach (var (job, report, _) in ranked)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return $" {report.Header.Candidate ?? "An unnamed candidate"} (assessment {job.Id}): " +
                $"{job.Decision} with confidence {report.Recommendation.Confidence.ToString("0.00",
                    CultureInfo.InvariantCulture)}. {report.Recommendation.Reasoning}";
        }
    }

    private static string Tally(IReadOnlyList<AssessmentJob> finished)
    {
        var counts = finished.GroupBy(job => job.Decision ?? "unknown")
            .OrderByDescending(group => group.Count())
            .Select(group => $"{group.Count()} {group.Key}");

        return $"Of the {finished.Count} finished assessment(s): {string.Join(", ", counts)}. " +
            "The closest to your question:";
    }

    private static string Describe(Assessment.AssessmentReport report) =>
        $"{report.Header.Candidate} {report.Header.Position} {report.ExecutiveSummary} " +
        $"{report.Recommendation.Decision} {report.Recommendation.Reasoning}";

    private static HashSet<string> Words(string text) =>
        text.ToLowerInvariant().Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries)
            .Where(word => word.Length > 2)
            .ToHashSet();

    private static int Overlap(HashSet<string> questionWords, string text) =>
        Words(text).Count(questionWords.Contains);
}
