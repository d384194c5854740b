namespace AssessAgent.Tests.Service.Browser;

/// <summary>A fact skipped, with the reason, on a machine without Debian's headless Chromium.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (!File.Exists(ChromiumPath))
        {
            Skip = $"{ChromiumPath} is not installed (apt-get install -y chromium); the web page's end-to-end " +
                "tests drive it through Playwright and never download a browser.";
        }
    }
}
