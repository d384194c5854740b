using AssessAgent.Evals.Goldens;
using AssessAgent.Reading;
using AssessAgent.Tests.Evals;
using AssessAgent.Transcripts;

namespace AssessAgent.Tests.Assessment.Calibration;

/// <summary>An eval case read into a transcript, with its golden.</summary>
internal sealed record CalibrationCase(string Name, Transcript Transcript, GoldenReport Golden);

/// <summary>
/// The eval cases of evals/cases with their goldens, read with the product's <see cref="TranscriptLoader"/>; a case
/// it cannot read is left out and named in the skipped list.
/// </summary>
internal static class CalibrationCases
{
    private static readonly TranscriptLoader Loader = new();

    public static IReadOnlyList<CalibrationCase> Load(out IReadOnlyList<string> skipped)
    {
        var cases = new List<CalibrationCase>();
        var left = new List<string>();
        foreach (var name in EvalFiles.ListCaseNames())
        {
            var transcript = Read(EvalFiles.CasePath(name));
            if (transcript is null)
            {
                left.Add(name);
                continue;
            }

            var golden = GoldenLoader.Load(EvalFiles.GoldenPath(EvalFiles.GoldenNameFor(name)));
            cases.Add(new CalibrationCase(name, transcript, golden));
        }

        skipped = left;

        return cases;
    }

    private static Transcript? Read(string path)
    {
        try
        {
            return Loader.Load(path);
        }
        catch (TranscriptReadException)
        {
            return null;
        }
    }
}
