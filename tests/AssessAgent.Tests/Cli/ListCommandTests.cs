using System.Text.Json;
using AssessAgent.Assessment;
using AssessAgent.Store;

namespace AssessAgent.Tests.Cli;

/// <summary><c>assessagent list</c>: the filters, the pages and the two outputs, over four imported cases.</summary>
public sealed class ListCommandTests(ImportedCasesFixture cases) : IClassFixture<ImportedCasesFixture>
{
    [Fact]
    public async Task List_Redirected_PrintsAPlainTableOfEveryAssessment()
    {
        var result = await cases.Store.RunAsync("list");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(cases.Stored.Count, ImportedCasesFixture.CaseFiles.Length);
        foreach (var item in cases.Stored)
        {
            var row = Assert.Single(Lines(result.StandardOutput), line => line.Contains(item.Id));
            Assert.Contains(item.Candidate ?? "not recorded", row, StringComparison.Ordinal);
        }

        Assert.Contains("Recommendation", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains($"1-{cases.Stored.Count} of {cases.Stored.Count}", result.StandardOutput);
        Assert.DoesNotContain('\u001b', result.StandardOutput);
        Assert.DoesNotContain('│', result.StandardOutput);
        Assert.DoesNotContain('─', result.StandardOutput);
    }

    [Fact]
    public async Task List_CandidateFilter_ListsOnlyThatCandidateIgnoringCase()
    {
        var priya = cases.Candidate("Priya");

        var ids = await ListIdsAsync("--candidate", "priya");

        Assert.Equal([priya.Id], ids);
    }

    [Fact]
    public async Task List_PositionFilter_ListsOnlyMatchingPositions()
    {
        var expected = cases.Stored
            .Where(item => item.Position?.Contains("engineer", StringComparison.OrdinalIgnoreCase) == true)
            .Select(item => item.Id).Order().ToList();

        var ids = await ListIdsAsync("--position", "Engineer");

        Assert.NotEmpty(expected);
        Assert.True(expected.Count < cases.Stored.Count);
        Assert.Equal(expected, ids.Order().ToList());
    }

    [Fact]
    public async Task List_DayRange_ListsOnlyInterviewsOnThoseDays()
    {
        var from = new DateOnly(2026, 3, 11);
        var to = new DateOnly(2026, 3, 16);
        var expected = cases.Stored
            .Where(item => Day(item) >= from && Day(item) <= to)
            .Select(item => item.Id).Order().ToList();

        var ids = await ListIdsAsync("--from", "2026-03-11", "--to", "2026-03-16");

        Assert.Equal(2, expected.Count);
        Assert.Equal(expected, ids.Order().ToList());
    }

    [Fact]
    public async Task List_RecommendationFilter_ListsOnlyThatDecision()
    {
        var expected = cases.Stored
            .Where(item => item.Recommendation == HiringDecision.Inconclusive)
            .Select(item => item.Id).Order().ToList();

        var ids = await ListIdsAsync("--recommendation", "inconclusive");

        Assert.Contains(cases.Candidate("Alex Thompson").Id, expected);
        Assert.True(expected.Count < cases.Stored.Count);
        Assert.Equal(expected, ids.Order().ToList());
    }

    [Fact]
    public async Task List_Pages_SplitTheAssessmentsWithoutOverlap()
    {
        var first = await ListJsonAsync("--limit", "3");
        var second = await ListJsonAsync("--limit", "3", "--page", "2");

        Assert.Equal(cases.Stored.Count, first.GetProperty("totalCount").GetInt32());
        var firstIds = Ids(first);
        var secondIds = Ids(second);
        Assert.Equal(3, firstIds.Count);
        Assert.Equal(cases.Stored.Count - 3, secondIds.Count);
        Assert.Equal(cases.Stored.Select(item => item.Id).Order(), firstIds.Concat(secondIds).Order());
    }

    [Fact]
    public async Task List_BadDate_IsAUsageErrorNamingTheFlag()
    {
        var result = await cases.Store.RunAsync("list", "--from", "10/03/2026");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.StandardOutput);
        Assert.Contains("--from '10/03/2026'", result.StandardError, StringComparison.Ordinal);
    }

    private async Task<List<string>> ListIdsAsync(params string[] filters) => Ids(await ListJsonAsync(filters));

    private async Task<JsonElement> ListJsonAsync(params string[] arguments)
    {
        var result = await cases.Store.RunAsync(["list", "--json", .. arguments]);
        Assert.Equal(0, result.ExitCode);

        using var document = JsonDocument.Parse(result.StandardOutput);
        return document.RootElement.Clone();
    }

    private static List<string> Ids(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetString()!).ToList();

    private static DateOnly Day(AssessmentSummary item) =>
        item.InterviewDate ?? DateOnly.FromDateTime(item.GeneratedAt.UtcDateTime);

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
