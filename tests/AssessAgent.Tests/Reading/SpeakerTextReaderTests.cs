using AssessAgent.Reading;
using AssessAgent.Transcripts;

namespace AssessAgent.Tests.Reading;

public sealed class SpeakerTextReaderTests : IDisposable
{
    private readonly TestFiles files = new();
    private readonly TranscriptLoader loader = new();

    [Fact]
    public void Load_PanelSample_ReadsHeaderWithNonAsciiName()
    {
        var transcript = loader.Load(RepositoryPaths.Sample("panel-interview.txt"));

        Assert.Equal("José Núñez", transcript.Candidate);
        Assert.Equal("Platform Engineer", transcript.Position);
        Assert.Equal(new DateOnly(2026, 4, 2), transcript.InterviewDate);
        Assert.Equal(TimeSpan.FromMinutes(40), transcript.Duration);
        Assert.Equal("speaker-text", transcript.Source.Format);
    }

    [Fact]
    public void Load_PanelSample_LeavesGreetingsOutAndGroupsFollowUps()
    {
        var transcript = loader.Load(RepositoryPaths.Sample("panel-interview.txt"));

        Assert.Equal(
        [
            "Let's get started. Tell me about yourself.", "Moving on. How would you test a gRPC service?",
            "Tell me about a time you disagreed with a colleague.", "Design a URL shortener.",
            "Do you have any questions for us?",
        ], transcript.AllQuestions.Select(question => question.Text));
        Assert.Equal(
            [SectionKind.Screening, SectionKind.Technical, SectionKind.Behavioral, SectionKind.SystemDesign,
                SectionKind.WrapUp],
            transcript.Sections.Select(section => section.Kind));
    }

    [Fact]
    public void Load_FollowUps_KeepInterviewerProbesInTurnsAndRepliesInAnswer()
    {
        var grpc = loader.Load(RepositoryPaths.Sample("panel-interview.txt")).AllQuestions.ElementAt(1);

        Assert.Equal(
        [
            "Moving on. How would you test a gRPC service?", "Can you say more about the in-process server?",
            "Why not mock the client instead?",
        ], grpc.Turns.Where(turn => turn.Role == SpeakerRole.Interviewer).Select(turn => turn.Text));
        Assert.Equal(
            "Unit tests of the handlers with fakes, then an in-process server for integration tests.\n\n" +
            "The test host starts the service on a random port and the client calls it like production does.\n\n" +
            "Because mocks skip serialization and interceptors, which is where our bugs were.",
            grpc.Answer);
    }

    [Fact]
    public void Load_SystemDesignQuestion_KeepsScaleAndAnalyticsProbesAsFollowUps()
    {
        var design = loader.Load(RepositoryPaths.Sample("panel-interview.txt")).AllQuestions.ElementAt(3);

        Assert.Equal(3, design.Turns.Count(turn => turn.Role == SpeakerRole.Interviewer));
        Assert.EndsWith("aggregated offline.", design.Answer);
    }

    [Fact]
    public void Load_AcknowledgementMidAnswer_AnswerContinuesAndTimestampsKept()
    {
        var intro = loader.Load(RepositoryPaths.Sample("panel-interview.txt")).AllQuestions.First();

        Assert.Equal(
            "I'm a platform engineer with six years of experience, mostly on Kubernetes and Go. " +
            "I started in a bank and moved to a logistics start-up.\n\n" +
            "Lately I have been leading our migration to managed Postgres.",
            intro.Answer);
        Assert.Equal(TimeSpan.FromSeconds(20), intro.AskedAt);
        Assert.Equal([TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(24), TimeSpan.FromSeconds(92)],
            intro.Turns.Select(turn => turn.Start!.Value));
        Assert.DoesNotContain(intro.Turns, turn => turn.Text.Contains("loud and clear", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_GoodbyesAfterWrapUp_AreNotPartOfTheAnswer()
    {
        var wrapUp = loader.Load(RepositoryPaths.Sample("panel-interview.txt")).AllQuestions.Last();

        Assert.Equal("How is on-call organised?\n\nSounds fair.", wrapUp.Answer);
        Assert.Contains(wrapUp.Turns, turn => turn.Text == "A weekly rotation across eight engineers.");
        Assert.DoesNotContain(wrapUp.Turns, turn => turn.Text.Contains("bye", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Load_RoleLabels_InterviewerAndCandidateAreObvious()
    {
        var path = files.Write("roles.txt", """
            Candidate: Hello! Thanks for having me.
            Interviewer: Welcome. What is a race condition?
            Candidate: Two threads touch shared state and the result depends on timing.
            Candidate: A lock or an atomic operation prevents it.
            """);

        var question = loader.Load(path).AllQuestions.Single();

        Assert.Equal("Welcome. What is a race condition?", question.Text);
        Assert.Equal(
            "Two threads touch shared state and the result depends on timing. " +
            "A lock or an atomic operation prevents it.",
            question.Answer);
        Assert.Null(loader.Load(path).Candidate);
    }

    [Fact]
    public void Load_NamesWithoutOption_DetectsSpeakerAskingMostQuestionsAsInterviewer()
    {
        var path = files.Write("names.txt", InterviewWhereCandidateSpeaksFirst);

        var transcript = loader.Load(path);

        Assert.Equal("Alex Moreau", transcript.Candidate);
        Assert.Equal(["Of course. Tell me about yourself.", "Yes, that works. How would you test a data pipeline?"],
            transcript.AllQuestions.Select(question => question.Text));
    }

    [Fact]
    public void Load_InterviewerOption_OverridesDetection()
    {
        var path = files.Write("names.txt", InterviewWhereCandidateSpeaksFirst);
        var options = new TranscriptReadOptions { InterviewerName = "alex" };

        var transcript = loader.Load(path, options);

        Assert.Equal("Sam Okafor", transcript.Candidate);
        Assert.Equal("I build data pipelines at a retailer. Is that the level of detail you want?",
            transcript.AllQuestions.Single().Text);
        Assert.All(transcript.AllQuestions.Single().Turns.Where(turn => turn.Speaker == "Alex Moreau"),
            turn => Assert.Equal(SpeakerRole.Interviewer, turn.Role));
    }

    [Fact]
    public void Load_InterviewerOptionMatchingNoSpeaker_ListsSpeakers()
    {
        var path = files.Write("names.txt", InterviewWhereCandidateSpeaksFirst);
        var options = new TranscriptReadOptions { InterviewerName = "Robin" };

        var error = Assert.Throws<TranscriptReadException>(() => loader.Load(path, options));

        Assert.Equal(
            $"{path}: the interviewer \"Robin\" (--interviewer) matches no speaker; the speakers are " +
            "\"Alex Moreau\", \"Sam Okafor\"",
            error.Message);
    }

    [Fact]
    public void Load_ColonInsideAnswer_IsNotTakenForASpeaker()
    {
        var path = files.Write("colon.txt", """
            Interviewer: How do you pick a database?
            Candidate: It depends on the access patterns.
            Key considerations: consistency, latency and cost.
            Interviewer: Why cost?
            Candidate: Because storage grows faster than traffic.
            """);

        var question = loader.Load(path).AllQuestions.Single();

        Assert.Equal(
            "It depends on the access patterns. Key considerations: consistency, latency and cost.\n\n" +
            "Because storage grows faster than traffic.",
            question.Answer);
    }

    [Fact]
    public void Load_SingleSpeaker_SaysConversationNeedsTwo()
    {
        var path = files.Write("monologue.txt", "Dana: What is a closure?\nDana: And what is a monad?\n");

        var options = new TranscriptReadOptions { Format = TranscriptFormat.SpeakerText };

        var error = Assert.Throws<TranscriptReadException>(() => loader.Load(path, options));

        Assert.StartsWith($"{path}: only one speaker (\"Dana\") found", error.Message);
    }

    [Fact]
    public void Load_TextWithoutLabels_SaysNoTurnsFound()
    {
        var path = files.Write("prose.txt", "We talked about many things.\nIt went well.\n");

        var error = Assert.Throws<TranscriptReadException>(() => loader.Load(path));

        Assert.StartsWith($"{path}: no speaker-labelled turns found; expected lines such as", error.Message);
    }

    [Fact]
    public void Load_ConversationWithoutQuestions_SaysNoQuestions()
    {
        var path = files.Write("chat.txt", "Dana: Hi, thanks for joining!\nAlex: Thanks for having me.\nDana: Bye!\n");

        var error = Assert.Throws<TranscriptReadException>(() => loader.Load(path));

        Assert.StartsWith($"{path}: no questions found", error.Message);
    }

    [Fact]
    public void Load_ConversationWithoutQuestions_CountsOnlyTheInterviewersTurns()
    {
        var path = files.Write("chat.txt", "Dana: Hi, thanks for joining!\nAlex: Thanks for having me.\nDana: Bye!\n");

        var error = Assert.Throws<TranscriptReadException>(() => loader.Load(path));

        Assert.Equal($"{path}: no questions found: none of the 2 turns of the interviewer (\"Dana\") asks anything",
            error.Message);
    }

    [Fact]
    public void Load_DistinctQuestionsAfterADesignQuestion_EachIsAQuestionWithItsOwnAnswer()
    {
        var path = files.Write("three.txt", """
            Interviewer: How would you design a URL shortener?
            Candidate: Base62 ids from a counter, kept in a key-value store, with a cache in front for popular links.
            Interviewer: How do you monitor Kafka consumer lag in production?
            Candidate: I alert on lag per partition and add consumers when it keeps growing.
            Interviewer: Tell me about a time you disagreed with a colleague.
            Candidate: An architect wanted one big database; I showed load numbers and we split it.
            """);

        var transcript = loader.Load(path);

        Assert.Equal(
        [
            ("How would you design a URL shortener?",
                "Base62 ids from a counter, kept in a key-value store, with a cache in front for popular links."),
            ("How do you monitor Kafka consumer lag in production?",
                "I alert on lag per partition and add consumers when it keeps growing."),
            ("Tell me about a time you disagreed with a colleague.",
                "An architect wanted one big database; I showed load numbers and we split it."),
        ], transcript.AllQuestions.Select(question => (question.Text, question.Answer)));
        Assert.Empty(transcript.ReadingNotes);
    }

    [Fact]
    public void Load_ManySimilarlyWordedQuestions_EveryOneIsKept()
    {
        string[] subjects = ["Kafka", "Redis", "Postgres", "Kubernetes", "gRPC", "OAuth"];
        var lines = Enumerable.Range(0, 600).SelectMany(index => (string[])
        [
            $"Interviewer: What is your experience with {subjects[index % 6]} in production, case {index}?",
            $"Candidate: I ran {subjects[index % 6]} in production for three years, tuning it and handling incidents.",
        ]);
        var path = files.Write("many.txt", string.Join('\n', lines));

        var questions = loader.Load(path).AllQuestions.ToList();

        Assert.Equal(600, questions.Count);
        Assert.Equal("What is your experience with OAuth in production, case 599?", questions[^1].Text);
        Assert.All(questions, question => Assert.Equal(2, question.Turns.Count));
    }

    [Fact]
    public void Load_QuestionJoinedOnlyBySubject_TranscriptRecordsTheMerge()
    {
        var path = files.Write("design.txt", """
            Interviewer: Design a notification service.
            Candidate: A queue per channel and a pool of senders for each channel.
            Interviewer: How would you know the system is healthy?
            Candidate: Queue lag per channel and the providers' error rates.
            Interviewer: Can you say more about the error rates?
            Candidate: I alert when a provider fails more than one send in fifty.
            """);

        var transcript = loader.Load(path);

        Assert.Single(transcript.AllQuestions);
        Assert.Equal(
            "\"How would you know the system is healthy?\" was read as a follow-up of \"Design a notification " +
            "service.\" because it keeps to its subject; if it is a question of its own, begin it with " +
            "\"Next question:\" in the transcript.",
            Assert.Single(transcript.ReadingNotes));
    }

    [Fact]
    public void Load_ArabicQuestionMarks_QuestionsFound()
    {
        var path = files.Write("arabic.txt", """
            Interviewer: مرحبا.
            محمد العلي: مرحبا، شكرا لك.
            Interviewer: كيف تصمم نظاماً موزعاً يتحمل الأعطال؟
            محمد العلي: أستخدم النسخ المتماثل وقوائم الانتظار الدائمة وإعادة المحاولة مع التراجع الأسي.
            Interviewer: ما الأسئلة التي لديك لنا؟
            محمد العلي: كيف يبدو فريق العمل؟
            """);

        var transcript = loader.Load(path);

        Assert.Equal(["كيف تصمم نظاماً موزعاً يتحمل الأعطال؟", "ما الأسئلة التي لديك لنا؟"],
            transcript.AllQuestions.Select(question => question.Text));
        Assert.Equal("محمد العلي", transcript.Candidate);
    }

    [Fact]
    public void Load_HeaderWithUnreadableDate_NamesLine()
    {
        var path = files.Write("bad-date.txt", "Candidate name: Alex\nDate: someday\n\nDana: Why?\nAlex: Because.\n");

        var error = Assert.Throws<TranscriptReadException>(() => loader.Load(path));

        Assert.Equal($"{path}, line 2: cannot read the date \"someday\"; write it as YYYY-MM-DD", error.Message);
    }

    private const string InterviewWhereCandidateSpeaksFirst = """
        Alex Moreau: Hi Sam, thanks for making time.
        Sam Okafor: Of course. Tell me about yourself.
        Alex Moreau: I build data pipelines at a retailer. Is that the level of detail you want?
        Sam Okafor: Yes, that works. How would you test a data pipeline?
        Alex Moreau: With contract tests on every stage and a small golden dataset.
        """;

    public void Dispose() => files.Dispose();
}
