using AssessAgent.Tests.TestSupport;
using Microsoft.Playwright;

namespace AssessAgent.Tests.Service.Browser;

/// <summary>
/// The web page end to end in headless Chromium: submit the seed, see its report judged Inconclusive, ask the
/// chat about it and open the report it cites. Playwright drives the machine's own Chromium and downloads nothing.
/// </summary>
public sealed class WebPageTests
{
    private static readonly string[] ChromiumArguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    [BrowserFact]
    public async Task Page_SubmitTheSeed_ShowsAnInconclusiveReportAndTheChatCitesIt()
    {
        await using var service = await ServiceTestHost.StartAsync(
            settings: new Dictionary<string, string?> { ["Service:ApiKey"] = "page-key" });
        // The seed is assessed while the page waits, which takes longer than the other tests' steps.
        await using var session = await BrowserSession.OpenAsync(service, timeoutMilliseconds: 120_000);
        var page = session.Page;

        await page.GotoAsync("/");
        await page.GetByLabel("The service's API key").FillAsync("page-key");
        await page.GetByRole(AriaRole.Button, new() { Name = "Use this key" }).ClickAsync();

        await page.GetByLabel("Transcript file").SetInputFilesAsync(
            RepositoryPaths.InRepository("evals", "cases", "01-seed-misaligned-report.txt"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Assess" }).ClickAsync();

        await Assertions.Expect(page.Locator("#report-summary")).ToContainTextAsync("recommendation Inconclusive");
        await Assertions.Expect(page.FrameLocator("#report-frame").Locator("body"))
            .ToContainTextAsync("Inconclusive");
        await Assertions.Expect(page.GetByRole(AriaRole.Row)).ToHaveCountAsync(2);
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("Inconclusive");

        await page.GetByLabel("Your question").FillAsync("How would they containerize a Python application?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ask" }).ClickAsync();
        await Assertions.Expect(page.Locator("#chat-answer[data-done=true]")).ToContainTextAsync("Alex Thompson");
        var sources = page.GetByRole(AriaRole.List, new() { Name = "Stored assessments the answer cites" });
        await Assertions.Expect(sources.GetByRole(AriaRole.Listitem).First).ToContainTextAsync("Docker");
        var cited = sources.GetByRole(AriaRole.Button, new() { Name = "View the cited report on Alex Thompson" });
        var report = await page.RunAndWaitForResponseAsync(() => cited.First.ClickAsync(),
            response => response.Url.EndsWith("/report", StringComparison.Ordinal));
        Assert.True(report.Ok);
    }

    [BrowserFact]
    public async Task Page_ViewReportOfADeletedAssessment_SaysItWasDeleted()
    {
        await using var service = await ServiceTestHost.StartAsync(new FakeInterviewAssessor());
        var id = await service.SubmitAsync(Transcripts.Markdown("gone", "Rosa Diaz"), "text/markdown");
        var assessmentId = (await service.WaitForAsync(id)).GetProperty("assessmentId").GetString()!;
        await using var session = await BrowserSession.OpenAsync(service);
        var page = session.Page;

        await page.GotoAsync("/");
        var view = page.GetByRole(AriaRole.Button, new() { Name = "View the report on Rosa Diaz" });
        await Assertions.Expect(view).ToBeVisibleAsync();
        Assert.True(await service.Store.DeleteAsync(assessmentId));
        await view.ClickAsync();

        await Assertions.Expect(page.Locator("#report-summary")).ToContainTextAsync("deleted");
        await Assertions.Expect(page.Locator("#report-summary")).ToContainTextAsync(assessmentId);
        await Assertions.Expect(page.Locator("#report-frame")).ToBeHiddenAsync();
    }

    [BrowserFact]
    public async Task Page_FileOfAnUnsupportedKind_SaysWhichFormatsItTakesAndSendsNothing()
    {
        await using var service = await ServiceTestHost.StartAsync(new FakeInterviewAssessor());
        await using var session = await BrowserSession.OpenAsync(service);
        var page = session.Page;

        await page.GotoAsync("/");
        await page.GetByLabel("Transcript file").SetInputFilesAsync(new FilePayload
        {
            Name = "interview.pdf",
            MimeType = "application/pdf",
            Buffer = "%PDF-1.4"u8.ToArray(),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Assess" }).ClickAsync();

        var status = page.Locator("#submit-status");
        await Assertions.Expect(status).ToContainTextAsync("interview.pdf cannot be assessed");
        await Assertions.Expect(status).ToContainTextAsync(".json, .md, .markdown, .txt, .vtt");
        Assert.Equal(0, await service.StoredCountAsync());
        var list = await service.Client.GetStringAsync("/assessments");
        Assert.Contains("\"total\":0", list, StringComparison.Ordinal);
    }

    /// <summary>Headless Chromium on one page of the service, closed with it.</summary>
    private sealed class BrowserSession : IAsyncDisposable
    {
        private readonly IPlaywright _playwright;
        private readonly IBrowser _browser;

        private BrowserSession(IPlaywright playwright, IBrowser browser, IPage page)
        {
            _playwright = playwright;
            _browser = browser;
            Page = page;
        }

        public IPage Page { get; }

        public static async Task<BrowserSession> OpenAsync(ServiceTestHost service, int timeoutMilliseconds = 60_000)
        {
            var playwright = await Playwright.CreateAsync();
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = BrowserFactAttribute.ChromiumPath,
                Headless = true,
                Args = ChromiumArguments,
            });
            var page = await browser.NewPageAsync(new BrowserNewPageOptions
            {
                BaseURL = service.Client.BaseAddress!.ToString(),
            });
            page.SetDefaultTimeout(timeoutMilliseconds);
            Assertions.SetDefaultExpectTimeout(timeoutMilliseconds);

            return new BrowserSession(playwright, browser, page);
        }

        public async ValueTask DisposeAsync()
        {
            await _browser.DisposeAsync();
            _playwright.Dispose();
        }
    }
}
