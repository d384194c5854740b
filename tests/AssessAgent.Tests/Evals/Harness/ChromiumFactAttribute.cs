namespace AssessAgent.Tests.Evals.Harness;

/// <summary>A fact that is skipped, with the reason, on a machine without headless Chromium.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!File.Exists(EvalOutputTests.ChromiumPath))
        {
            Skip = $"{EvalOutputTests.ChromiumPath} is not installed (Debian package 'chromium'); " +
                "checking that the HTML report renders needs a browser.";
        }
    }
}
