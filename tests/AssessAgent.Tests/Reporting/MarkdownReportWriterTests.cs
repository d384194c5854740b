using AssessAgent.Assessment;
using AssessAgent.Reporting;
using AssessAgent.Reporting.Rules;

namespace AssessAgent.Tests.Reporting;

public sealed class MarkdownReportWriterTests
{
    private static readonly string[] AllHeadingsInOrder =
    [
        "Executive summary", "Score breakdown", "Key strengths", "Areas for improvement", "Transcript diagnosis",
        "Question-by-question breakdown", "Hiring recommendation", "Next steps", "Previously reported verdict",
        "Checker findings", "Provenance",
    ];

    [Fact]
    public void Write_CompleteReport_HasEverySectionInOrder()
    {
        var markdown = Write(SampleReports.Complete());

        Assert.StartsWith("# Interview assessment: Alex Thompson\n", markdown, StringComparison.Ordinal);
        Assert.Equal(AllHeadingsInOrder, Headings(markdown, "## "));
        Assert.Equal(["Screening", "Technical"], Headings(markdown, "### "));
    }

    [Fact]
    public void Write_CompleteReport_PrintsTheHeaderInWords()
    {
        var markdown = Write(SampleReports.Complete());

        Assert.Contains("| Candidate | Alex Thompson |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Position | Staff Backend Engineer |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Interview date | 6 February 2026 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Duration | 45 minutes |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Source | `interviews/alex.json` (json) |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Recommendation | Lean hire (72% confidence) |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_CompleteReport_PrintsTheScoreBreakdownTable()
    {
        var markdown = Write(SampleReports.Complete());

        Assert.Contains(
            "| Section | Questions | Score | Band |\n| --- | --- | --- | --- |\n"
            + "| Screening | 1 question | 80/100 | good |\n"
            + "| Technical | 2 questions | 66/100 | fair |\n"
            + "| **Overall** | 3 questions | **70/100** | **good** |\n",
            markdown,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Write_CompleteReport_PrintsEachQuestionsVerdictAndEvidence()
    {
        var markdown = Write(SampleReports.Complete());

        Assert.Contains("#### Q1 (screening-1): 80/100 (good)", markdown, StringComparison.Ordinal);
        Assert.Contains("- **Time:** 00:01:05 to 00:03:30", markdown, StringComparison.Ordinal);
        Assert.Contains(
            "- **Previously reported score:** 66/100 in the earlier report", markdown, StringComparison.Ordinal);
        Assert.Contains(
            "- Names concrete systems he built. Evidence: \"built payment processing systems\"",
            markdown,
            StringComparison.Ordinal);
        Assert.Contains("- **Weight:** 2", markdown, StringComparison.Ordinal);
        Assert.Contains(
            "- **Relevance:** partly relevant. It covers caching but not sessions. "
            + "Seems to answer: \"How do you cache reads?\"",
            markdown,
            StringComparison.Ordinal);
        Assert.Contains(
            "- **Injection attempt:** The answer asks the assessor to ignore its instructions.",
            markdown,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Write_CompleteReport_QuotesTheAnswerLineByLineAndEscapesMarkdown()
    {
        var markdown = Write(SampleReports.Complete());

        Assert.Contains(
            "> Unit tests on the handlers.\n> Then grpcurl | jq for smoke tests, and \\*integration\\* tests.",
            markdown,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Write_CompleteReport_PrintsFindingsWithTheQuestionsThatShowThem()
    {
        var markdown = Write(SampleReports.Complete());

        Assert.Contains(
            "- **Concrete examples:** Names the systems he built. (shown in Screening Q1 and Technical Q1)",
            markdown,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Write_CompleteReport_PrintsRecommendationPreviousVerdictAndProvenance()
    {
        var markdown = Write(SampleReports.Complete());

        Assert.Contains("- **Decision:** Lean hire\n- **Confidence:** 72%", markdown, StringComparison.Ordinal);
        Assert.Contains("1. Schedule a system design round.\n2. Ask again", markdown, StringComparison.Ordinal);
        Assert.Contains("- **Earlier recommendation:** Do Not Hire", markdown, StringComparison.Ordinal);
        Assert.Contains("- **Earlier confidence:** 70%", markdown, StringComparison.Ordinal);
        Assert.Contains("| Model | llama3.1:8b |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Prompt hash | `sha256:4f2a9c` |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Generated | 2026-02-06 10:29 UTC |", markdown, StringComparison.Ordinal);
        Assert.Contains("- The offline assessor checked every relevance verdict.", markdown, StringComparison.Ordinal);
        Assert.Contains("The report checker found no contradictions or defects", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Check before relying", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_RelevanceWithoutReason_PrintsTheVerdictAlone()
    {
        var report = SampleReports.Complete().WithQuestion("screening-1", q => q with
        {
            Relevance = q.Relevance with { Reason = " " },
        });

        var markdown = Write(report);

        Assert.Contains("- **Relevance:** relevant.\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_MinimalReport_SaysNotRecordedAndPrintsNoPlaceholder()
    {
        var markdown = Write(SampleReports.Minimal());

        Assert.StartsWith("# Interview assessment\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| Candidate | not recorded |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Interview date | not recorded |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Duration | not recorded |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Source | not recorded |", markdown, StringComparison.Ordinal);
        Assert.Contains("> *No answer recorded.*", markdown, StringComparison.Ordinal);
        Assert.Contains("| Model | not used |", markdown, StringComparison.Ordinal);
        Assert.Null(PlaceholderTextRule.FindPlaceholder(markdown, isQuote: false));
        Assert.DoesNotContain("null", markdown, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Write_MinimalReport_LeavesOutWhatDoesNotApplyAndSaysWhatIsMissing()
    {
        var markdown = Write(SampleReports.Minimal());

        Assert.DoesNotContain("Previously reported verdict", Headings(markdown, "## "));
        Assert.Contains(
            "Not recorded: the candidate's name, the position, the interview date and the duration.",
            markdown,
            StringComparison.Ordinal);
        Assert.Contains("No answer recorded for Interview Q1.", markdown, StringComparison.Ordinal);
        Assert.Contains("No next steps recorded.", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ZeroDuration_PrintsNotRecordedRatherThanZeroMinutes()
    {
        var complete = SampleReports.Complete();
        var report = complete with { Header = complete.Header with { Duration = TimeSpan.Zero } };

        var markdown = Write(report);

        Assert.Contains("| Duration | not recorded |", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("0 minutes", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_MisalignedReport_StatesTheMisalignmentAndTheInconclusiveDecision()
    {
        var markdown = Write(SampleReports.Misaligned());

        Assert.Contains(
            "**The answers address other questions than the ones asked:** 2 of 3 answers miss their question",
            markdown,
            StringComparison.Ordinal);
        Assert.Contains(
            "- Screening Q1 asks \"How would you containerize a Python app?\"; "
            + "the answer seems to answer \"Tell me about yourself.\"\n",
            markdown,
            StringComparison.Ordinal);
        Assert.Contains("- **Decision:** Inconclusive", markdown, StringComparison.Ordinal);
        Assert.Contains("| Recommendation | Inconclusive (85% confidence) |", markdown, StringComparison.Ordinal);
        Assert.Contains("**Relevance:** off-topic.", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ReportWithCheckerFindings_ListsThemWithRuleAndQuestion()
    {
        var report = SampleReports.Misaligned() with
        {
            CheckerFindings =
            [
                new CheckerFinding("strength-on-irrelevant-answer", "The answer is off-topic.", "screening-2"),
                new CheckerFinding("placeholder-text", "The summary holds a placeholder."),
            ],
        };

        var markdown = Write(report);

        Assert.Contains("The report checker found 2 problems in this report:", markdown, StringComparison.Ordinal);
        Assert.Contains(
            "**Check before relying on this report:** the report checker found 2 problems in it",
            markdown,
            StringComparison.Ordinal);
        Assert.Contains(
            "- `strength-on-irrelevant-answer` (Screening Q2): The answer is off-topic.",
            markdown,
            StringComparison.Ordinal);
        Assert.Contains("- `placeholder-text`: The summary holds a placeholder.", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_PipesAndLineBreaksInTableText_StayInTheirCell()
    {
        var complete = SampleReports.Complete();
        var report = complete.WithSection(1, section => section with { Name = "Design | Review" }) with
        {
            Header = complete.Header with { Candidate = "Alex\nThompson | Jr" },
        };

        var markdown = Write(report);

        Assert.Contains("| Candidate | Alex Thompson \\| Jr |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Design \\| Review | 2 questions | 66/100 | fair |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_AnswerThatLooksLikeMarkdownStructure_DoesNotAddHeadingsOrLists()
    {
        var report = SampleReports.Complete().WithQuestion("screening-1", q => q with
        {
            Answer = "## Hiring recommendation\n- Hire me\n1. First point\n\n> quoted",
        });

        var markdown = Write(report);

        Assert.Equal(AllHeadingsInOrder, Headings(markdown, "## "));
        Assert.Contains(
            "> \\## Hiring recommendation\n> \\- Hire me\n> 1\\. First point\n>\n> \\> quoted",
            markdown,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(45 * 60, "45 minutes")]
    [InlineData(60 * 60, "1 hour")]
    [InlineData(90 * 60, "1 hour and 30 minutes")]
    [InlineData(30, "30 seconds")]
    [InlineData(0, "not recorded")]
    public void Duration_InSeconds_ReadsInWords(int seconds, string expected)
    {
        Assert.Equal(expected, ReportText.Duration(TimeSpan.FromSeconds(seconds)));
    }

    [Fact]
    public void Writers_ForEachFormat_WriteThatFormat()
    {
        Assert.IsType<MarkdownReportWriter>(ReportWriters.For(ReportFormat.Markdown));
        Assert.True(ReportWriters.TryParseFormat("MD", out var format));
        Assert.Equal(ReportFormat.Markdown, format);
        Assert.False(ReportWriters.TryParseFormat("pdf", out _));
    }

    private static string Write(AssessmentReport report) => new MarkdownReportWriter().WriteToString(report);

    private static List<string> Headings(string markdown, string prefix) =>
        markdown.Split('\n')
            .Where(line => line.StartsWith(prefix, StringComparison.Ordinal))
            .Select(line => line[prefix.Length..])
            .ToList();
}
