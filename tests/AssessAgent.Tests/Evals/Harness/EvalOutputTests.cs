using System.Diagnostics;
using System.Text.RegularExpressions;
using AssessAgent.Evals.Cases;
using AssessAgent.Evals.Comparison;
using AssessAgent.Evals.Gate;
using AssessAgent.Evals.Metrics;
using AssessAgent.Evals.Output;
using AssessAgent.Evals.Running;
using AssessAgent.Tests.Evals.Harness.Fakes;
using Spectre.Console;

namespace AssessAgent.Tests.Evals.Harness;

public sealed partial class EvalOutputTests
{
    internal const string ChromiumPath = "/usr/bin/chromium";

    private static readonly Lazy<Task<(EvalRun Baseline, EvalRun Candidate)>> Runs = new(async () =>
    {
        var cases = EvalCaseLoader.LoadAll(HarnessFiles.EvalsFolder, "0");
        var options = new EvalRunOptions { Invariance = false };
        var runner = EvalRunnerTests.CreateRunner();
        var baseline = await runner.RunAsync(
            EvalRunnerTests.Subject("v1", new OracleAssessor(cases) { ScoreShift = 20 }), cases, options);
        var candidate = await runner.RunAsync(
            EvalRunnerTests.Subject("v2", new OracleAssessor(cases)), cases, options);

        return (baseline, candidate);
    });

    [Fact]
    public async Task Html_Comparison_HasChartPerMetricRangeChartPerCaseAndCaseDifferences()
    {
        var (baseline, candidate) = await Runs.Value;
        var comparison = RunComparison.Compare(baseline, candidate);

        var html = HtmlEvalReport.Render(candidate, comparison);

        Assert.Equal(comparison.Metrics.Count, Count(html, "class=\"metric-chart\""));
        Assert.Equal(candidate.Cases.Count(result => result.Error is null), Count(html, "class=\"range-chart\""));
        Assert.Equal(1, Count(html, "class=\"case-diff-chart\""));
        Assert.Contains("data-metric=\"scoreMae\"", html);
    }

    [Fact]
    public async Task Html_IsSelfContained()
    {
        var (_, candidate) = await Runs.Value;

        var html = HtmlEvalReport.Render(candidate);

        Assert.DoesNotMatch(ExternalReference(), html);
        Assert.DoesNotContain("<script", html);
    }

    [Fact]
    public async Task Html_FailedGate_ListsViolations()
    {
        var (_, candidate) = await Runs.Value;
        var gate = new GateResult([new GateViolation("scoreMae", "Score MAE 9 is above the maximum <5>")], []);

        var html = HtmlEvalReport.Render(candidate, gate: gate);

        Assert.Contains("Gate failed", html);
        Assert.Contains("above the maximum &lt;5&gt;", html);
    }

    [ChromiumFact]
    public async Task Html_OpenedInHeadlessChromium_RendersTheCharts()
    {
        var (baseline, candidate) = await Runs.Value;
        var path = Path.Combine(HarnessFiles.NewScratchFolder(), "report.html");
        var html = HtmlEvalReport.Render(candidate, RunComparison.Compare(baseline, candidate));
        await File.WriteAllTextAsync(path, html);

        var dom = await DumpDomAsync(path);

        Assert.Contains("<svg class=\"metric-chart\"", dom);
        Assert.Contains("<svg class=\"range-chart\"", dom);
        Assert.Contains("<svg class=\"case-diff-chart\"", dom);
        Assert.Contains("<circle class=\"score in\"", dom);
    }

    [Fact]
    public async Task Console_Comparison_PrintsBothRunsDeltaAndBetterCases()
    {
        var (baseline, candidate) = await Runs.Value;
        var output = new StringWriter();
        var console = PlainConsole(output);

        ConsoleEvalReport.WriteComparison(console, RunComparison.Compare(baseline, candidate), new GateResult([], []));

        var text = output.ToString();
        Assert.Contains("Score MAE", text);
        Assert.Matches(@"Score MAE\s+│\s+\d+(\.\d+)?\s+│\s+0\s+│\s+-\d", text);
        Assert.Contains("Better 0", text);
        Assert.Contains("Gate passed.", text);
    }

    [Fact]
    public async Task Console_History_PrintsTrendPerMetric()
    {
        var (baseline, candidate) = await Runs.Value;
        var output = new StringWriter();
        var console = PlainConsole(output);

        ConsoleEvalReport.WriteHistory(console, RunHistory.Build([baseline, candidate]));

        Assert.Contains("Relevance accuracy", output.ToString());
        Assert.Contains("2 runs", output.ToString());
    }

    private static async Task<string> DumpDomAsync(string path)
    {
        var start = new ProcessStartInfo(ChromiumPath)
        {
            ArgumentList = { "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", new Uri(path).AbsoluteUri },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var dom = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);

        return await dom;
    }

    // Plain text without colours, wide enough that no table column wraps.
    private static IAnsiConsole PlainConsole(TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 160;

        return console;
    }

    private static int Count(string text, string fragment) => Regex.Matches(text, Regex.Escape(fragment)).Count;

    [GeneratedRegex(@"(src|href)\s*=\s*""(https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
