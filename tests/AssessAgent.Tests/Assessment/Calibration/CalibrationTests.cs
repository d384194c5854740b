using AssessAgent.Assessment.Offline;
using Xunit.Abstractions;

namespace AssessAgent.Tests.Assessment.Calibration;

public sealed class CalibrationTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Calibration_DefaultOptions_PrintsFigures()
    {
        var cases = CalibrationCases.Load(out var skipped);

        var rows = await CalibrationRun.EvaluateAsync(cases, new RelevanceAnalyzerOptions(), new OfflineScoringOptions());

        output.WriteLine(CalibrationRun.Format(rows));
        output.WriteLine("skipped: " + string.Join(", ", skipped));
        Assert.NotEmpty(rows);
    }
}
