using System.Text.RegularExpressions;
using AssessAgent.Transcripts;

namespace AssessAgent.Tests.Assessment;

/// <summary>
/// The seed report's questions and answers, read straight from its text so that these tests do not depend on
/// the transcript readers.
/// </summary>
internal static partial class SeedTranscript
{
    private static readonly Dictionary<string, SectionKind> Sections = new(StringComparer.Ordinal)
    {
        ["Screening"] = SectionKind.Screening,
        ["Technical"] = SectionKind.Technical,
        ["Behavioral"] = SectionKind.Behavioral,
        ["System Design"] = SectionKind.SystemDesign,
        ["Wrap Up"] = SectionKind.WrapUp,
    };

    public static string FindFile()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "samples", "seed-report.txt");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("shared/samples/seed-report.txt was not found above the test directory.");
    }

    public static Transcript Load()
    {
        var lines = File.ReadAllLines(FindFile()).Select(line => line.Trim()).ToArray();
        var sections = new List<TranscriptSection>();
        var questions = new List<InterviewQuestion>();
        string? section = null;
        int? previousScore = null;

        for (var i = 0; i < lines.Length; i++)
        {
            if (Sections.ContainsKey(lines[i]) || lines[i] == "Hiring Recommendation")
            {
                Flush();
                section = lines[i];
                continue;
            }

            var score = QuestionScore().Match(lines[i]);
            if (score.Success)
            {
                previousScore = int.Parse(score.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            }

            if (lines[i].StartsWith("Question:", StringComparison.Ordinal) && section is not null)
            {
                var answer = ReadAnswer(lines, i + 1);
                var id = $"{section.ToLowerInvariant().Replace(' ', '-')}-{questions.Count + 1}";
                questions.Add(new InterviewQuestion
                {
                    Id = id,
                    Text = lines[i]["Question:".Length..].Trim(),
                    Answer = answer,
                    PreviouslyReported = previousScore is { } old ? new PreviousQuestionAssessment(old, null) : null,
                });
            }
        }

        return new Transcript
        {
            Candidate = "Alex Thompson",
            Position = "Staff Backend Engineer",
            InterviewDate = new DateOnly(2026, 2, 6),
            Sections = sections,
            Source = new TranscriptSource("seed-report.txt", "seed-text"),
            PreviouslyReported = new PreviousAssessment("Do Not Hire", 0.70, null),
        };

        void Flush()
        {
            if (section is not null && Sections.TryGetValue(section, out var kind) && questions.Count > 0)
            {
                sections.Add(new TranscriptSection(section, kind, [.. questions]));
            }

            questions.Clear();
        }
    }

    private static string ReadAnswer(string[] lines, int start)
    {
        var answer = new List<string>();
        var i = Array.IndexOf(lines, "Answer:", start) + 1;
        for (; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("Strengths:", StringComparison.Ordinal)
                || lines[i].StartsWith("Improvements:", StringComparison.Ordinal)
                || QuestionScore().IsMatch(lines[i]) || Sections.ContainsKey(lines[i])
                || lines[i] == "Hiring Recommendation")
            {
                break;
            }

            if (lines[i].Length > 0)
            {
                answer.Add(lines[i]);
            }
        }

        return string.Join(' ', answer);
    }

    [GeneratedRegex(@"^Q\d+\.\s+(\d+)/100$")]
    private static partial Regex QuestionScore();
}
