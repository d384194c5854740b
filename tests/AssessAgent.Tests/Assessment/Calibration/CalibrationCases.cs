using System.Globalization;
using System.Text.Json;
using AssessAgent.Tests.Evals;
using AssessAgent.Transcripts;

namespace AssessAgent.Tests.Assessment.Calibration;

/// <summary>An eval case read into a transcript, with its golden.</summary>
internal sealed record CalibrationCase(string Name, Transcript Transcript, GoldenReport Golden);

/// <summary>
/// The eval cases of evals/cases with their goldens. JSON transcripts and the seed report are read here directly;
/// cases in formats that need the transcript readers are left out and listed by <see cref="Skipped"/>.
/// </summary>
internal static class CalibrationCases
{
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

            cases.Add(new CalibrationCase(name, transcript, GoldenReport.Load(EvalFiles.GoldenPath(EvalFiles.GoldenNameFor(name)))));
        }

        skipped = left;

        return cases;
    }

    private static Transcript? Read(string path)
    {
        if (path.EndsWith("-seed-misaligned-report.txt", StringComparison.Ordinal))
        {
            return SeedTranscript.Load();
        }

        if (!path.EndsWith(".json", StringComparison.Ordinal))
        {
            return null;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        if (!root.TryGetProperty("sections", out var sections))
        {
            return null;
        }

        return new Transcript
        {
            Candidate = root.TryGetProperty("candidate", out var candidate) ? candidate.GetString() : null,
            Sections = sections.EnumerateArray().Select(ReadSection).ToList(),
        };
    }

    private static TranscriptSection ReadSection(JsonElement section)
    {
        var name = section.GetProperty("name").GetString()!;
        var kind = Enum.TryParse<SectionKind>(name.Replace(" ", string.Empty, StringComparison.Ordinal), true, out var parsed)
            ? parsed
            : SectionKind.Other;
        var questions = section.GetProperty("questions").EnumerateArray()
            .Select((question, index) => new InterviewQuestion
            {
                Id = string.Create(CultureInfo.InvariantCulture, $"{kind}-{index + 1}").ToLowerInvariant(),
                Text = question.GetProperty("question").GetString()!,
                Answer = question.TryGetProperty("answer", out var answer) && answer.ValueKind == JsonValueKind.String
                    ? answer.GetString()
                    : null,
            })
            .ToList();

        return new TranscriptSection(name, kind, questions);
    }
}
