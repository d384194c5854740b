using AssessAgent.Reading;
using AssessAgent.Transcripts;

namespace AssessAgent.Tests.Reading;

public sealed class SegmentsJsonReaderTests : IDisposable
{
    private readonly TestFiles files = new();
    private readonly TranscriptLoader loader = new();

    [Fact]
    public void Load_SegmentsObject_ReadsMetadataAndQuestions()
    {
        var transcript = loader.Load(RepositoryPaths.Sample("segments.json"));

        Assert.Equal("segments-json", transcript.Source.Format);
        Assert.Equal("Priya Nair", transcript.Candidate);
        Assert.Equal("Data Engineer", transcript.Position);
        Assert.Equal(["What is the difference between a star and a snowflake schema?",
            "How do you make a Spark job idempotent?"], transcript.AllQuestions.Select(question => question.Text));
    }

    [Fact]
    public void Load_ConsecutiveSegmentsAndFollowUp_MergedIntoOneAnswerWithSecondsAsTimes()
    {
        var schema = loader.Load(RepositoryPaths.Sample("segments.json")).AllQuestions.First();

        Assert.Equal(
            "A star schema keeps dimensions flat, a snowflake schema normalizes them into more tables.\n\n" +
            "When dimensions are large and shared.",
            schema.Answer);
        Assert.Equal(new Turn(SpeakerRole.Candidate, "SPEAKER_01",
            "A star schema keeps dimensions flat, a snowflake schema normalizes them into more tables.",
            TimeSpan.FromSeconds(8.2), TimeSpan.FromSeconds(15.5)), schema.Turns[1]);
    }

    [Fact]
    public void Load_BareArray_IsReadAsSegmentsWithGenericLabelsNotTakenAsNames()
    {
        var path = files.Write("whisper.json", """
            [ { "speaker": "SPEAKER_00", "start": 0, "end": 2, "text": "Why did you pick Go?" },
              { "speaker": "SPEAKER_01", "start": 2.5, "end": 5, "text": "Fast builds and a small runtime." } ]
            """);

        var transcript = loader.Load(path);

        Assert.Equal("Fast builds and a small runtime.", transcript.AllQuestions.Single().Answer);
        Assert.Null(transcript.Candidate);
    }

    [Theory]
    [InlineData("""[ { "start": 0, "end": 2, "text": "Why?" } ]""", "[0].speaker", "missing; every segment needs")]
    [InlineData("""
        { "segments": [ { "speaker": "A", "text": "Why?" }, { "speaker": "B", "start": "soon", "text": "x" } ] }
        """,
        "segments[1].start", "must be a number of seconds")]
    [InlineData("""{ "segments": [ { "speaker": "A" } ] }""", "segments[0].text", "missing")]
    [InlineData("""{ "segments": 3 }""", "segments", "must be an array of segments")]
    [InlineData("[]", "(root)", "has no segments")]
    [InlineData("""{ "segments": [] }""", "segments", "has no segments")]
    [InlineData("""[ { "speaker": 5, "text": "Why?" } ]""", "[0].speaker", "must be a string, not a number")]
    [InlineData("""[ { "speaker_label": ["A"], "text": "Why?" } ]""", "[0].speaker_label",
        "must be a string, not an array")]
    [InlineData("""[ { "speaker": "A", "text": 7 } ]""", "[0].text", "must be a string, not a number")]
    [InlineData("""{ "candidate": true, "segments": [ { "speaker": "A", "text": "Why?" } ] }""", "candidate",
        "must be a string, not true or false")]
    public void Load_InvalidSegment_NamesJsonPath(string json, string jsonPath, string problem)
    {
        var path = files.Write("segments.json", json);

        var error = Assert.Throws<TranscriptReadException>(() => loader.Load(path));

        Assert.StartsWith($"{path}, at {jsonPath}: {problem}", error.Message);
    }

    [Fact]
    public void Load_SegmentsThatSayNothing_SaysNothingIsSaid()
    {
        var path = files.Write("silent.json",
            """[ { "speaker": "A", "text": " " }, { "speaker": "B", "text": "" } ]""");

        var error = Assert.Throws<TranscriptReadException>(() => loader.Load(path));

        Assert.Equal($"{path}: nothing is said: every turn of the conversation is empty", error.Message);
    }

    public void Dispose() => files.Dispose();
}
