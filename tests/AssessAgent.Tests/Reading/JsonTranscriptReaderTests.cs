using AssessAgent.Reading;
using AssessAgent.Transcripts;

namespace AssessAgent.Tests.Reading;

public sealed class JsonTranscriptReaderTests : IDisposable
{
    private readonly TestFiles files = new();
    private readonly TranscriptLoader loader = new();

    [Fact]
    public void Load_SampleTranscript_ReadsMetadataAndSections()
    {
        var transcript = loader.Load(RepositoryPaths.Sample("technical-interview.json"));

        Assert.Equal("Zoë Đặng", transcript.Candidate);
        Assert.Equal("Staff Backend Engineer", transcript.Position);
        Assert.Equal(new DateOnly(2026, 2, 6), transcript.InterviewDate);
        Assert.Equal(TimeSpan.FromMinutes(45), transcript.Duration);
        Assert.Equal(["Screening", "Technical", "Wrap-up"], transcript.Sections.Select(section => section.Name));
        Assert.Equal([SectionKind.Screening, SectionKind.Technical, SectionKind.WrapUp],
            transcript.Sections.Select(section => section.Kind));
        Assert.Equal("json", transcript.Source.Format);
    }

    [Fact]
    public void Load_QuestionsWithAndWithoutIds_KeepsGivenIdsAndGeneratesSectionSlugIds()
    {
        var transcript = loader.Load(RepositoryPaths.Sample("technical-interview.json"));

        Assert.Equal(["intro", "technical-1", "technical-2", "wrap-up-1"],
            transcript.AllQuestions.Select(question => question.Id));
    }

    [Fact]
    public void Load_AnswerNullOrEmpty_ReadsAsNoAnswerInsteadOfFailing()
    {
        var transcript = loader.Load(RepositoryPaths.Sample("technical-interview.json"));
        var questions = transcript.AllQuestions.ToList();

        Assert.Null(questions[2].Answer);
        Assert.Null(questions[3].Answer);
        Assert.True(questions[1].HasAnswer);
    }

    [Fact]
    public void Load_RubricOfStringsAndObjects_ReadsTextsAndWeights()
    {
        var question = loader.Load(RepositoryPaths.Sample("technical-interview.json")).AllQuestions.ElementAt(1);

        Assert.Equal(2, question.Weight);
        Assert.NotNull(question.Rubric);
        Assert.Equal(
            [new RubricKeyPoint("unit tests of handlers", 1), new RubricKeyPoint("in-process server", 2)],
            question.Rubric.KeyPoints);
    }

    [Fact]
    public void Load_TurnsWithClockAndSecondTimestamps_KeepsRolesSpeakersAndTimes()
    {
        var question = loader.Load(RepositoryPaths.Sample("technical-interview.json")).AllQuestions.ElementAt(1);

        Assert.Equal(2, question.Turns.Count);
        Assert.Equal(new Turn(SpeakerRole.Interviewer, "José Núñez", "How would you test gRPC services?",
            TimeSpan.FromSeconds(62), TimeSpan.FromSeconds(69)), question.Turns[0]);
        Assert.Equal(SpeakerRole.Candidate, question.Turns[1].Role);
        Assert.Equal(TimeSpan.FromSeconds(70.5), question.Turns[1].Start);
        Assert.Equal(TimeSpan.FromSeconds(62), question.AskedAt);
    }

    [Fact]
    public void Load_NonAsciiText_RoundTripsUnchanged()
    {
        var path = files.Write("unicode.json", """
            { "candidate": "张伟", "sections": [ { "name": "Técnico",
              "questions": [ { "question": "¿Cómo escalarías PostgreSQL?",
                "answer": "José Núñez dijo: réplicas. 数据库分片。" } ] } ] }
            """);

        var transcript = loader.Load(path);
        var question = transcript.AllQuestions.Single();

        Assert.Equal("张伟", transcript.Candidate);
        Assert.Equal("¿Cómo escalarías PostgreSQL?", question.Text);
        Assert.Equal("José Núñez dijo: réplicas. 数据库分片。", question.Answer);
        Assert.Equal("técnico-1", question.Id);
        Assert.Equal(SectionKind.Other, transcript.Sections[0].Kind);
    }

    [Fact]
    public void Load_DurationZeroAndKindGiven_DurationNotRecordedAndKindTaken()
    {
        var path = files.Write("zero.json", """
            { "durationMinutes": 0, "sections": [ { "name": "Deep dive", "kind": "systemDesign",
              "questions": [ { "question": "Design a URL shortener." } ] } ] }
            """);

        var transcript = loader.Load(path);

        Assert.Null(transcript.Duration);
        Assert.Equal(SectionKind.SystemDesign, transcript.Sections[0].Kind);
        Assert.Null(transcript.AllQuestions.Single().Answer);
    }

    [Fact]
    public void Load_CommentsAndTrailingCommas_AreAccepted()
    {
        var path = files.Write("lenient.json", """
            {
              // written by hand
              "sections": [ { "name": "Technical", "questions": [ { "question": "Why Rust?", }, ], }, ],
            }
            """);

        Assert.Equal("Why Rust?", loader.Load(path).AllQuestions.Single().Text);
    }

    public void Dispose() => files.Dispose();
}
