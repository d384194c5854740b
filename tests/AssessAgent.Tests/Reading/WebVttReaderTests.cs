using AssessAgent.Reading;
using AssessAgent.Transcripts;

namespace AssessAgent.Tests.Reading;

public sealed class WebVttReaderTests : IDisposable
{
    private readonly TestFiles files = new();
    private readonly TranscriptLoader loader = new();

    [Fact]
    public void Load_SplitCues_MergesOneSpeakersCuesIntoOneTurn()
    {
        var transcript = loader.Load(RepositoryPaths.Sample("split-cues.vtt"));
        var rateLimiter = transcript.AllQuestions.First();

        Assert.Equal("webvtt", transcript.Source.Format);
        Assert.Equal("How would you design a rate limiter for a public API?", rateLimiter.Text);
        Assert.Equal(TimeSpan.FromSeconds(6), rateLimiter.Turns[0].Start);
        Assert.Equal(TimeSpan.FromSeconds(10.5), rateLimiter.Turns[0].End);
    }

    [Fact]
    public void Load_VoiceTagsEntitiesAndUnlabelledCue_ReadAsOneCandidateTurn()
    {
        var rateLimiter = loader.Load(RepositoryPaths.Sample("split-cues.vtt")).AllQuestions.First();

        Assert.Equal(
            new Turn(SpeakerRole.Candidate, "Zoë Đặng",
                "I would use a token bucket per client & keep the counters in Redis so all instances agree.",
                TimeSpan.FromSeconds(11), TimeSpan.FromSeconds(17)),
            rateLimiter.Turns[1]);
    }

    [Fact]
    public void Load_NameLabelCueAsFollowUp_StaysWithQuestion()
    {
        var rateLimiter = loader.Load(RepositoryPaths.Sample("split-cues.vtt")).AllQuestions.First();

        Assert.Equal("Why Redis and not a local counter?", rateLimiter.Turns[2].Text);
        Assert.Equal(SpeakerRole.Interviewer, rateLimiter.Turns[2].Role);
        Assert.EndsWith("Local counters drift when requests spread over instances.", rateLimiter.Answer);
    }

    [Fact]
    public void Load_GreetingAndTransition_GreetingDroppedAndNewQuestionStarted()
    {
        var transcript = loader.Load(RepositoryPaths.Sample("split-cues.vtt"));

        Assert.Equal(2, transcript.AllQuestions.Count());
        Assert.Equal("Great, thanks. Next question: tell me about a time you missed a deadline.",
            transcript.AllQuestions.Last().Text);
        Assert.Equal([SectionKind.SystemDesign, SectionKind.Behavioral], transcript.Sections.Select(s => s.Kind));
        Assert.Equal("Zoë Đặng", transcript.Candidate);
        Assert.Equal(TimeSpan.FromSeconds(32), transcript.Duration);
    }

    [Fact]
    public void Load_WhatAboutANewSubjectAfterAnAnswer_IsAQuestionOfItsOwn()
    {
        var path = files.Write("two.vtt", """
            WEBVTT

            00:00:01.000 --> 00:00:03.000
            <v Dana>How would you design a rate limiter?</v>

            00:00:04.000 --> 00:00:09.000
            <v Tom>With a token bucket in Redis per client, refilled at a fixed rate.</v>

            00:00:10.000 --> 00:00:12.000
            <v Dana>What about Kafka consumer lag?</v>

            00:00:13.000 --> 00:00:15.000
            <v Tom>I alert on lag per partition and scale consumers.</v>
            """);

        var transcript = loader.Load(path);

        Assert.Equal(
        [
            ("How would you design a rate limiter?",
                "With a token bucket in Redis per client, refilled at a fixed rate."),
            ("What about Kafka consumer lag?", "I alert on lag per partition and scale consumers."),
        ], transcript.AllQuestions.Select(question => (question.Text, question.Answer)));
    }

    [Fact]
    public void Load_VttExtensionWithoutHeader_SaysWebVttMustStartWithHeader()
    {
        var path = files.Write("captions.vtt", "00:00:01.000 --> 00:00:02.000\nHello\n");

        var error = Assert.Throws<TranscriptReadException>(() => loader.Load(path));

        Assert.Equal($"{path}, line 1: a WebVTT file must start with \"WEBVTT\"", error.Message);
    }

    [Fact]
    public void Load_BadCueTiming_NamesLine()
    {
        var path = files.Write("timing.vtt", "WEBVTT\n\n1\n00:00:01.000 --> soon\n<v Dana>Why?</v>\n");

        var error = Assert.Throws<TranscriptReadException>(() => loader.Load(path));

        Assert.Equal(4, error.Line);
        Assert.StartsWith($"{path}, line 4: cannot read the cue timing \"00:00:01.000 --> soon\"", error.Message);
    }

    [Fact]
    public void Load_FirstCueWithoutSpeaker_NamesLine()
    {
        var path = files.Write("anonymous.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nwhat is a closure\n");

        var error = Assert.Throws<TranscriptReadException>(() => loader.Load(path));

        Assert.StartsWith($"{path}, line 4: the first cue names no speaker", error.Message);
    }

    public void Dispose() => files.Dispose();
}
