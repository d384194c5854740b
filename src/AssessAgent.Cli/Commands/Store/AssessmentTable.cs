using System.Globalization;
using AssessAgent.Assessment;
using AssessAgent.Store;
using Humanizer;
using Spectre.Console;

namespace AssessAgent.Cli.Commands.Store;

/// <summary>A page of stored assessments as a table: who, for what, when, the verdict and who assessed.</summary>
internal static class AssessmentTable
{
    /// <summary>The terminal width from which every column is shown.</summary>
    private const int WideTerminal = 110;

    public static void Write(IAnsiConsole console, AssessmentPage page, bool plain)
    {
        if (page.Items.Count == 0)
        {
            console.WriteLine(page.TotalCount == 0
                ? "No stored assessments match."
                : $"No assessments on this page; {"assessment".ToQuantity(page.TotalCount)} match.");
            return;
        }

        // The short columns never wrap, and a narrow terminal drops confidence and assessor, so that names and
        // positions keep room enough to stay on one line each.
        var wide = plain || console.Profile.Width >= WideTerminal;
        var table = new Table()
            .Border(plain ? TableBorder.None : TableBorder.Simple)
            .AddColumn(new TableColumn("ID").NoWrap())
            .AddColumn("Candidate")
            .AddColumn("Position")
            .AddColumn(new TableColumn("Interview").NoWrap())
            .AddColumn(new TableColumn("Recommendation").NoWrap());
        if (wide)
        {
            table.AddColumn(new TableColumn("Conf.").RightAligned().NoWrap());
        }

        table.AddColumn(new TableColumn("Score").RightAligned().NoWrap());
        if (wide)
        {
            table.AddColumn("Assessor");
        }

        foreach (var item in page.Items)
        {
            table.AddRow(Cells(item, wide));
        }

        console.Write(table);
        console.WriteLine(PageLine(page));
    }

    private static string[] Cells(AssessmentSummary item, bool wide)
    {
        List<string> cells =
        [
            item.Id,
            Markup.Escape(item.Candidate ?? "not recorded"),
            Markup.Escape(item.Position ?? "not recorded"),
            Day(item),
            Recommendation(item.Recommendation),
        ];
        if (wide)
        {
            cells.Add((item.Confidence * 100).ToString("0", CultureInfo.InvariantCulture) + "%");
        }

        cells.Add(item.MeanScore?.ToString("0", CultureInfo.InvariantCulture) ?? "-");
        if (wide)
        {
            cells.Add(Markup.Escape(item.Model is null ? item.Assessor : $"{item.Assessor} ({item.Model})"));
        }

        return [.. cells];
    }

    // The interview's day when it was recorded; otherwise the report's, marked as such, as the filters read it.
    private static string Day(AssessmentSummary item) => item.InterviewDate is { } day
        ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : $"({item.GeneratedAt.UtcDateTime:yyyy-MM-dd})";

    private static string Recommendation(HiringDecision decision)
    {
        var color = decision switch
        {
            HiringDecision.StrongHire or HiringDecision.Hire or HiringDecision.LeanHire => "green",
            HiringDecision.Inconclusive => "yellow",
            _ => "red",
        };

        return $"[{color}]{decision.Humanize()}[/]";
    }

    private static string PageLine(AssessmentPage page)
    {
        var first = page.Skip + 1;
        var last = page.Skip + page.Items.Count;
        var line = $"{first}-{last} of {page.TotalCount}";
        if (last < page.TotalCount)
        {
            line += $"; --page {(page.Skip / page.Take) + 2} for the next {page.Take}";
        }

        return line;
    }
}
