using AssessAgent.Reading;
using AssessAgent.Transcripts;

namespace AssessAgent.Tests.Reading;

public sealed class AssessmentReportReaderTests : IDisposable
{
    private readonly TestFiles files = new();
    private readonly TranscriptLoader loader = new();

    [Fact]
    public void Load_SeedReport_ReadsNineQuestionsInFiveSections()
    {
        var transcript = loader.Load(RepositoryPaths.SeedReport);

        Assert.Equal("assessment-report", transcript.Source.Format);
        Assert.Equal(["Screening", "Technical", "Behavioral", "System Design", "Wrap Up"],
            transcript.Sections.Select(section => section.Name));
        Assert.Equal(
            [SectionKind.Screening, SectionKind.Technical, SectionKind.Behavioral, SectionKind.SystemDesign,
                SectionKind.WrapUp],
            transcript.Sections.Select(section => section.Kind));
        Assert.Equal([2, 3, 2, 1, 1], transcript.Sections.Select(section => section.Questions.Count));
    }

    [Fact]
    public void Load_SeedReport_ReadsQuestionTexts()
    {
        var questions = loader.Load(RepositoryPaths.SeedReport).AllQuestions.ToList();

        Assert.Equal("How would you use Docker and Kubernetes to containerize a Python application?",
            questions[0].Text);
        Assert.Equal("How would you test gRPC at unit, integration, and e2e levels?", questions[2].Text);
        Assert.StartsWith("In a high-concurrency environment, describe the process", questions[3].Text);
        Assert.EndsWith("across different instances running on Kubernetes clusters?", questions[3].Text);
        Assert.StartsWith("Explain how you would design and implement a distributed event-driven", questions[7].Text);
        Assert.Equal(
            "Is there anything else you'd like to share about your experience or ask about the role?",
            questions[8].Text);
    }

    [Fact]
    public void Load_SeedReport_AnswersExcludeStrengthsAndImprovements()
    {
        var questions = loader.Load(RepositoryPaths.SeedReport).AllQuestions.ToList();

        Assert.All(questions, question => Assert.True(question.HasAnswer));
        Assert.All(questions, question => Assert.DoesNotContain("Strengths:", question.Answer));
        Assert.All(questions, question => Assert.DoesNotContain("Improvements:", question.Answer));
        Assert.All(questions, question => Assert.DoesNotContain("Score:", question.Answer));
        Assert.EndsWith("mentor other engineers.", questions[0].Answer);
        Assert.EndsWith("opportunities for technical leadership.", questions[8].Answer);
    }

    [Fact]
    public void Load_SeedReport_JoinsSystemDesignAnswerAcrossPageBreak()
    {
        var answer = loader.Load(RepositoryPaths.SeedReport).AllQuestions.ElementAt(7).Answer;

        Assert.NotNull(answer);
        Assert.StartsWith("For a URL shortener at scale, I'd design it with:", answer);
        Assert.Contains("For scaling to millions of URLs: - Horizontal scaling of API servers", answer);
        Assert.EndsWith("scaling specific components.", answer);
        Assert.DoesNotContain('\n', answer);
    }

    [Fact]
    public void Load_SeedReport_KeepsPreviousScoresBandsAndVerdict()
    {
        var transcript = loader.Load(RepositoryPaths.SeedReport);

        Assert.Equal([66, 50, 65, 21, 50, 76, 50, 54, 48],
            transcript.AllQuestions.Select(question => question.PreviouslyReported!.Score));
        Assert.Equal("good", transcript.AllQuestions.First().PreviouslyReported!.Band);
        Assert.Equal("needs improvement", transcript.AllQuestions.Last().PreviouslyReported!.Band);
        Assert.Equal(new PreviousAssessment("Do Not Hire", 0.70,
            new DateTimeOffset(2026, 2, 6, 10, 29, 0, TimeSpan.Zero)), transcript.PreviouslyReported);
    }

    [Fact]
    public void Load_SeedReport_ReadsHeaderAndTreatsZeroMinutesAsNotRecorded()
    {
        var transcript = loader.Load(RepositoryPaths.SeedReport);

        Assert.Equal("Alex Thompson", transcript.Candidate);
        Assert.Equal("Staff Backend Engineer", transcript.Position);
        Assert.Equal(new DateOnly(2026, 2, 6), transcript.InterviewDate);
        Assert.Null(transcript.Duration);
    }

    [Fact]
    public void Load_ReportWithPageNumberShortAnswerAndMissingAnswer_ReadsEachAnswer()
    {
        var path = files.Write("old-report.txt", """
            Interview Assessment Report

            Question-by-Question Breakdown

            Technical

            Q1.  40/100

            Score: 40/100 (weak).

            Question: What is a closure?

            Answer:

            A function together with
            the variables it

            Page 2 of 3

            captured when it was made.

            Improvements: Give an example

            Q2.  10/100

            Question: How does a B-tree stay balanced?

            Answer:

            I don't know.

            Q3.  0/100

            Question: What is a mutex?

            Hiring Recommendation: Hire

            Confidence: 55%
            """);

        var transcript = loader.Load(path);
        var questions = transcript.AllQuestions.ToList();

        Assert.Equal("A function together with the variables it captured when it was made.", questions[0].Answer);
        Assert.Equal("I don't know.", questions[1].Answer);
        Assert.Null(questions[2].Answer);
        Assert.Single(transcript.Sections);
        Assert.Equal(new PreviousAssessment("Hire", 0.55, null), transcript.PreviouslyReported);
        Assert.Equal(new PreviousQuestionAssessment(40, "weak"), questions[0].PreviouslyReported);
    }

    [Fact]
    public void Load_ReportBlockWithoutQuestion_NamesLine()
    {
        var path = files.Write("no-question.txt",
            "Interview Assessment Report\n\nTechnical\n\nQ1.  40/100\n\nAnswer: Yes.\n");

        var error = Assert.Throws<TranscriptReadException>(() => loader.Load(path));

        Assert.Equal($"{path}, line 5: the block \"Q1.  40/100\" has no \"Question:\" line", error.Message);
    }

    public void Dispose() => files.Dispose();
}
