using System.Globalization;
using System.Text;
using AssessAgent.Assessment;
using AssessAgent.Assessment.Offline;
using AssessAgent.Evals.Goldens;
using AssessAgent.Evals.Matching;
using AssessAgent.Transcripts;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AssessAgent.Tests.Assessment.Calibration;

/// <summary>One question's outcome against its golden.</summary>
internal sealed record CalibrationRow(
    string Case,
    string Question,
    string Expected,
    RelevanceLabel Label,
    double Similarity,
    int MinScore,
    int MaxScore,
    int Score,
    string Reason,
    ScoreBreakdown? Breakdown = null)
{
    public bool RelevanceHit => Expected.Split('|').Contains(Label.ToString());

    public bool ScoreHit => Score >= MinScore && Score <= MaxScore;
}

/// <summary>
/// Runs the offline analyzer and question assessor over the eval cases and compares them with the goldens:
/// the share of relevance labels the golden accepts and the share of scores inside the golden's range.
/// </summary>
internal static class CalibrationRun
{
    public static async Task<IReadOnlyList<CalibrationRow>> EvaluateAsync(
        IReadOnlyList<CalibrationCase> cases,
        RelevanceAnalyzerOptions relevanceOptions,
        OfflineScoringOptions scoringOptions)
    {
        var analyzer = TestTranscripts.Analyzer(relevanceOptions);
        var assessor = new OfflineQuestionAssessor(TestEmbeddings.Generator, Options.Create(scoringOptions),
            NullLogger<OfflineQuestionAssessor>.Instance);
        var rows = new List<CalibrationRow>();

        foreach (var calibrationCase in cases)
        {
            var verdicts = await analyzer.AnalyzeAsync(calibrationCase.Transcript);
            foreach (var expected in calibrationCase.Golden.Questions)
            {
                var section = SectionOf(calibrationCase.Transcript, expected);
                var question = section.Questions[expected.Position - 1];
                var assessment = await assessor.AssessAsync(
                    new QuestionContext(calibrationCase.Transcript, section, question, verdicts[question.Id]));

                rows.Add(new CalibrationRow(calibrationCase.Name, $"{expected.Section} {expected.Position}",
                    string.Join('|', expected.AcceptedRelevance), assessment.Relevance.Label,
                    assessment.Relevance.Similarity, expected.MinScore, expected.MaxScore, assessment.Score,
                    assessment.Relevance.Reason, assessment.Breakdown));
            }
        }

        return rows;
    }

    /// <summary>The analyzer alone over the cases: for each golden question, whether its label is accepted.</summary>
    public static async Task<IReadOnlyList<(string Question, bool Hit)>> AnalyzeAsync(
        IReadOnlyList<CalibrationCase> cases,
        RelevanceAnalyzerOptions options)
    {
        var analyzer = TestTranscripts.Analyzer(options);
        var rows = new List<(string, bool)>();
        foreach (var calibrationCase in cases)
        {
            var verdicts = await analyzer.AnalyzeAsync(calibrationCase.Transcript);
            foreach (var expected in calibrationCase.Golden.Questions)
            {
                var section = SectionOf(calibrationCase.Transcript, expected);
                var label = verdicts[section.Questions[expected.Position - 1].Id].Label;
                rows.Add(($"{calibrationCase.Name} {expected.Section} {expected.Position}",
                    expected.AcceptedRelevance.Contains(label)));
            }
        }

        return rows;
    }

    public static string Format(IReadOnlyList<CalibrationRow> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{(row.RelevanceHit ? " " : "R")}{(row.ScoreHit ? " " : "S")} {row.Case,-36} {row.Question,-16} " +
                $"{row.Expected,-24} {row.Label,-15} {row.Similarity:0.00} " +
                $"[{row.MinScore,3},{row.MaxScore,3}] {row.Score,3} " +
                $"r{row.Breakdown?.Relevance:0.00} c{row.Breakdown?.Coverage:0.00} s{row.Breakdown?.Specificity:0.00}");
            if (!row.RelevanceHit || !row.ScoreHit)
            {
                text.AppendLine("      " + row.Reason);
            }
        }

        text.AppendLine(CultureInfo.InvariantCulture,
            $"relevance {rows.Count(row => row.RelevanceHit)}/{rows.Count}, " +
            $"score in range {rows.Count(row => row.ScoreHit)}/{rows.Count}");

        return text.ToString();
    }

    private static TranscriptSection SectionOf(Transcript transcript, GoldenQuestion expected) =>
        transcript.Sections.First(section => SameName(section.Name, expected.Section));

    private static bool SameName(string first, string second) =>
        QuestionMatcher.NormalizeSectionName(first) == QuestionMatcher.NormalizeSectionName(second);
}
