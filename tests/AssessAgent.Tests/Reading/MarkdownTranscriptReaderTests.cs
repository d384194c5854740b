using AssessAgent.Reading;
using AssessAgent.Transcripts;

namespace AssessAgent.Tests.Reading;

public sealed class MarkdownTranscriptReaderTests : IDisposable
{
    private readonly TestFiles files = new();
    private readonly TranscriptLoader loader = new();

    [Fact]
    public void Load_SampleWithMetadata_ReadsCandidatePositionDateAndDuration()
    {
        var transcript = loader.Load(RepositoryPaths.Sample("backend-interview.md"));

        Assert.Equal("Priya Nair", transcript.Candidate);
        Assert.Equal("Backend Engineer", transcript.Position);
        Assert.Equal(new DateOnly(2026, 3, 14), transcript.InterviewDate);
        Assert.Equal(TimeSpan.FromMinutes(45), transcript.Duration);
        Assert.Equal("markdown", transcript.Source.Format);
    }

    [Fact]
    public void Load_HeadingsAndQaPairs_ReadSectionsAndQuestionsWithPrefixesRemoved()
    {
        var transcript = loader.Load(RepositoryPaths.Sample("backend-interview.md"));

        Assert.Equal([SectionKind.Technical, SectionKind.Behavioral, SectionKind.WrapUp],
            transcript.Sections.Select(section => section.Kind));
        Assert.Equal(
        [
            "How would you design a rate limiter?",
            "What is the difference between a process and a thread?",
            "Tell me about a time you disagreed with a senior engineer.",
            "What did you learn?",
            "Any questions for us?",
        ], transcript.AllQuestions.Select(question => question.Text));
    }

    [Fact]
    public void Load_AnswerWithMarkerAndRubric_AnswerExcludesMarkerAndRubric()
    {
        var question = loader.Load(RepositoryPaths.Sample("backend-interview.md")).AllQuestions.First();

        Assert.Equal(
            "I would use a token bucket per client,\nkept in Redis so that every instance sees the same counts.\n\n" +
            "Buckets refill at a fixed rate.",
            question.Answer);
        Assert.NotNull(question.Rubric);
        Assert.Equal(
        [
            new RubricKeyPoint("token bucket", 2), new RubricKeyPoint("distributed counters"),
            new RubricKeyPoint("burst handling"),
        ], question.Rubric.KeyPoints);
    }

    [Fact]
    public void Load_QuestionFollowedByHeading_HasNoAnswer()
    {
        var questions = loader.Load(RepositoryPaths.Sample("backend-interview.md")).AllQuestions.ToList();

        Assert.Null(questions[1].Answer);
        Assert.Equal("To bring data early.", questions[3].Answer);
        Assert.Equal("How is on-call organised?", questions[4].Answer);
    }

    [Fact]
    public void Load_QuestionsWithoutSections_ClassifiesThem()
    {
        var path = files.Write("flat.md", """
            ### Tell me about yourself.
            I build payment systems.

            ### Tell me about a time you missed a deadline.
            We cut scope.

            ### What is a closure?
            A function with its environment.
            """);

        var transcript = loader.Load(path);

        Assert.Equal([SectionKind.Screening, SectionKind.Behavioral, SectionKind.Technical],
            transcript.Sections.Select(section => section.Kind));
        Assert.Equal(["screening-1", "behavioral-1", "technical-1"], transcript.AllQuestions.Select(q => q.Id));
    }

    public void Dispose() => files.Dispose();
}
