using System.Globalization;
using System.Text.RegularExpressions;
using AssessAgent.Reading.Common;
using AssessAgent.Transcripts;

namespace AssessAgent.Reading.Report;

/// <summary>
/// Reads the text of an earlier assessment report as copied out of its PDF (the layout of seed-report.txt):
/// the header fields, each "Q1.  66/100" block's question and answer, and the old scores, bands, recommendation
/// and confidence, which are kept as <see cref="PreviousAssessment"/> to compare with the new verdict.
/// </summary>
internal sealed partial class AssessmentReportReader : ITranscriptReader
{
    public TranscriptFormat Format => TranscriptFormat.AssessmentReport;

    public IReadOnlyCollection<string> Extensions { get; } = [];

    public bool RecognizesContent(TranscriptInput input) =>
        input.Lines.Any(line => line.Trim() is "Interview Assessment Report" or "Question-by-Question Breakdown")
        || input.Lines.Count(line => ReportLines.QuestionHeaderRegex().IsMatch(line)) >= 2;

    public Transcript Read(TranscriptInput input, TranscriptReadOptions options)
    {
        var lines = ReportLines.Clean(input.Lines);
        var header = ReadHeader(input, lines);
        var questions = new ReportBreakdownParser(input, lines).Parse();

        return new Transcript
        {
            Candidate = header.Candidate,
            Position = header.Position,
            InterviewDate = header.Date,
            Duration = header.Duration,
            Sections = SectionAssembler.Assemble(questions),
            PreviouslyReported = ReadVerdict(lines),
        };
    }

    // Header fields sit in tab-separated pairs ("Candidate:<tab>Alex<tab>Position:<tab>...") before the breakdown.
    private static HeaderMetadata ReadHeader(TranscriptInput input, IReadOnlyList<ReportLine> lines)
    {
        var header = new HeaderMetadata();

        foreach (var line in lines.TakeWhile(line => !ReportLines.IsBreakdownStart(line.Text)))
        {
            foreach (Match field in HeaderFieldRegex().Matches(line.Text))
            {
                header.Set(input, field.Groups["key"].Value, field.Groups["value"].Value, line.Number);
            }
        }

        return header;
    }

    private static PreviousAssessment? ReadVerdict(IReadOnlyList<ReportLine> lines)
    {
        var generatedAt = lines.Select(line => GeneratedRegex().Match(line.Text)).FirstOrDefault(match => match.Success)
            is { } generated
            ? ParseGeneratedAt(generated.Groups["date"].Value, generated.Groups["time"].Value)
            : null;

        var recommendationIndex = IndexOf(lines, line => RecommendationHeadingRegex().IsMatch(line));
        string? recommendation = null;
        double? confidence = null;
        if (recommendationIndex >= 0)
        {
            var heading = RecommendationHeadingRegex().Match(lines[recommendationIndex].Text);
            var inline = heading.Groups["value"].Value.Trim();
            recommendation = inline.Length > 0
                ? inline
                : lines.Skip(recommendationIndex + 1).Select(line => line.Text).FirstOrDefault(text => text.Length > 0);

            confidence = lines.Skip(recommendationIndex).Select(line => ConfidenceRegex().Match(line.Text))
                .FirstOrDefault(match => match.Success) is { } found
                ? double.Parse(found.Groups["percent"].Value, CultureInfo.InvariantCulture) / 100
                : null;
        }

        return recommendation is null && confidence is null && generatedAt is null
            ? null
            : new PreviousAssessment(recommendation, confidence, generatedAt);
    }

    private static DateTimeOffset? ParseGeneratedAt(string date, string time)
    {
        if (MetadataValues.ParseDate(date) is not { } day)
        {
            return null;
        }

        var clock = TimeOnly.TryParse(time, CultureInfo.InvariantCulture, out var parsed) ? parsed : TimeOnly.MinValue;

        // The report writes UTC times ("at 10:29 UTC"); a time without a zone is read as UTC as well.
        return new DateTimeOffset(day.ToDateTime(clock), TimeSpan.Zero);
    }

    private static int IndexOf(IReadOnlyList<ReportLine> lines, Func<string, bool> predicate)
    {
        for (var index = 0; index < lines.Count; index++)
        {
            if (predicate(lines[index].Text))
            {
                return index;
            }
        }

        return -1;
    }

    [GeneratedRegex(
        @"(?<key>Candidate|Position|Role|Interview Date|Date|Duration):\s*(?<value>.*?)\s*" +
        @"(?=(?:\t|\s{2,}|\s)(?:Candidate|Position|Role|Interview Date|Date|Duration):|$)")]
    private static partial Regex HeaderFieldRegex();

    [GeneratedRegex(@"^Generated:\s*(?<date>.+?)(?:\s+at\s+(?<time>\d{1,2}:\d{2})(?:\s*UTC)?)?\s*$")]
    private static partial Regex GeneratedRegex();

    [GeneratedRegex(@"^Hiring Recommendation\s*:?\s*(?<value>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex RecommendationHeadingRegex();

    [GeneratedRegex(@"^Confidence:\s*(?<percent>\d{1,3}(?:\.\d+)?)\s*%")]
    private static partial Regex ConfidenceRegex();
}
