using AssessAgent.Reading.Conversations;
using AssessAgent.Transcripts;

namespace AssessAgent.Tests.Reading;

/// <summary>The follow-up and small-talk rules of docs/input-formats.md, one row per rule.</summary>
public sealed class ConversationHeuristicsTests
{
    [Theory]
    [InlineData("How would you test a gRPC service?", "Can you say more about the in-process server?", true)]
    [InlineData("How would you test a gRPC service?", "Why not mock the client?", true)]
    [InlineData("How would you test a gRPC service?", "And how would you run them in CI?", true)]
    [InlineData("How would you test a gRPC service?", "What about streaming calls?", true)]
    [InlineData("How do you shard a Postgres table?", "Which key?", true)]
    [InlineData("How do you shard a Postgres table?", "Does it survive a hot tenant?", true)]
    [InlineData("How would you cache product prices?", "What lifetime would you give cached product prices?", true)]
    [InlineData("Design a URL shortener.", "How would you store the links?", true)]
    [InlineData("Design a URL shortener.", "How would you design the storage layer?", true)]
    [InlineData("Do you have any questions for us?", "Do you have any other questions?", true)]
    [InlineData("How would you test a gRPC service?", "Let's move on. How would you test a Kafka consumer?", false)]
    [InlineData("How would you test a gRPC service?", "Tell me about a time you missed a deadline.", false)]
    [InlineData("Design a URL shortener.", "Design a chat system.", false)]
    [InlineData("Design a URL shortener.", "Tell me about a time you disagreed with a colleague.", false)]
    [InlineData("What is a closure in JavaScript?", "What is the difference between a process and a thread?", false)]
    [InlineData("How would you design a rate limiter?", "What about Kafka consumer lag?", false)]
    public void Decide_InterviewerQuestionBeforeAnyAnswer_FollowsTheDocumentedRules(
        string openQuestion, string next, bool expected)
    {
        var open = Open(openQuestion);

        var decision = FollowUpDetector.Decide(UtteranceAnalyzer.AnalyzeInterviewer(next), open);

        Assert.Equal(expected, decision != FollowUpDecision.NewQuestion);
    }

    [Theory]
    [InlineData("How would you test a gRPC service?", "With an in-process server.", "Can you say more about that?",
        nameof(FollowUpDecision.FollowUp))]
    [InlineData("How would you test a gRPC service?", "With an in-process server.", "And how would you test it?",
        nameof(FollowUpDecision.FollowUp))]
    [InlineData("Tell me about a time you disagreed with a colleague.", "I showed load numbers and we split it.",
        "What about the outcome for the team?", nameof(FollowUpDecision.FollowUp))]
    [InlineData("How would you test a Kafka consumer?", "Against a broker in a container, with real offsets.",
        "What if the consumer crashes mid-batch?", nameof(FollowUpDecision.FollowUp))]
    [InlineData("How would you design a rate limiter?", "A token bucket in Redis per client, refilled at a rate.",
        "What about Kafka consumer lag?", nameof(FollowUpDecision.NewQuestion))]
    [InlineData("How would you design a URL shortener?", "Base62 ids in a key-value store with a cache in front.",
        "How do you monitor Kafka consumer lag in production?", nameof(FollowUpDecision.NewQuestion))]
    [InlineData("How would you design a URL shortener?", "Base62 ids in a key-value store with a cache in front.",
        "How would you expire ids from the key-value store?", nameof(FollowUpDecision.FollowUpBySubject))]
    [InlineData("Design a notification service.", "A queue per channel and a sender pool for each.",
        "How would you know the system is healthy?", nameof(FollowUpDecision.FollowUpBySubject))]
    [InlineData("What is your experience with Kafka in production, case 0?", "Three years of running it.",
        "What is your experience with Redis in production, case 1?", nameof(FollowUpDecision.NewQuestion))]
    [InlineData("How would you cache product prices?", "In Redis with a TTL of a few minutes.",
        "What lifetime would you give cached product prices?", nameof(FollowUpDecision.NewQuestion))]
    public void Decide_InterviewerQuestionAfterAnAnswer_FullQuestionsStandAloneAndProbesFollowUp(
        string openQuestion, string answer, string next, string expected)
    {
        var open = Open(openQuestion);
        open.AddAnswer(new Turn(SpeakerRole.Candidate, "Sam", answer));

        var decision = FollowUpDetector.Decide(UtteranceAnalyzer.AnalyzeInterviewer(next), open);

        Assert.Equal(expected, decision.ToString());
    }

    [Theory]
    [InlineData("كيف تصمم نظاماً موزعاً؟")]
    [InlineData("Πώς θα το σχεδιάζατε\u037E")]
    [InlineData("Πώς θα το σχεδιάζατε;")]
    [InlineData("你会怎么设计？")]
    [InlineData("Ինչու՞")]
    public void AnalyzeInterviewer_QuestionMarkOfAnotherScript_IsAQuestion(string turn) =>
        Assert.True(UtteranceAnalyzer.AnalyzeInterviewer(turn).IsQuestion);

    [Fact]
    public void AnalyzeInterviewer_SemicolonOutsideGreek_JoinsClausesAndAsksNothing() =>
        Assert.False(UtteranceAnalyzer.AnalyzeInterviewer("We use Postgres; the team likes it.").IsQuestion);

    [Fact]
    public void Sentences_ArabicQuestionMarkThenMore_SplitsAfterTheMark() =>
        Assert.Equal(["لماذا؟", "اشرح."], UtteranceAnalyzer.Sentences("لماذا؟ اشرح."));

    [Theory]
    [InlineData("Hi Priya, thanks for joining! Can you hear me okay?", true)]
    [InlineData("Great. How are you today?", true)]
    [InlineData("Thanks so much for your time. Have a great day!", true)]
    [InlineData("I'm Dana, I lead the catalogue team.", true)]
    [InlineData("Okay, got it.", false)]
    public void AnalyzeInterviewer_SmallTalkOnly_IsSmallTalkAndSaysWhetherSocial(string turn, bool social)
    {
        var utterance = UtteranceAnalyzer.AnalyzeInterviewer(turn);

        Assert.True(utterance.IsSmallTalk);
        Assert.Equal(social, utterance.IsSocial);
    }

    [Theory]
    [InlineData("How are you handling retries in that consumer?", "How are you handling retries in that consumer?")]
    [InlineData("Hi, welcome! Let's start: tell me about yourself.", "Tell me about yourself.")]
    [InlineData("Okay, so, next question: how would you test gRPC?", "How would you test gRPC?")]
    [InlineData("We've got five minutes left, what would you like to ask me?", "What would you like to ask me?")]
    [InlineData("If you had more time, how would you improve it?", "If you had more time, how would you improve it?")]
    [InlineData("That's a good place to stop. What questions do you have?", "What questions do you have?")]
    [InlineData("Our pricing service is slow. How would you cache it?",
        "Our pricing service is slow. How would you cache it?")]
    public void AnalyzeInterviewer_Question_ContentIsWhatItAsks(string turn, string content)
    {
        var utterance = UtteranceAnalyzer.AnalyzeInterviewer(turn);

        Assert.True(utterance.IsQuestion);
        Assert.Equal(content, utterance.Content);
    }

    [Fact]
    public void AnalyzeInterviewer_TransitionBeforeQuestion_MarksTopicChange()
    {
        var turn = "Good. Different topic. How would you debug a slow endpoint?";

        var utterance = UtteranceAnalyzer.AnalyzeInterviewer(turn);

        Assert.True(utterance.HasTransition);
        Assert.Equal("How would you debug a slow endpoint?", utterance.Content);
    }

    [Theory]
    [InlineData("Thank you, bye!", true)]
    [InlineData("Thanks for having me.", true)]
    [InlineData("Yes.", false)]
    [InlineData("Thanks, I'd cache it in Redis.", false)]
    public void IsCandidateSmallTalk_CandidateTurn_OnlyPleasantriesCount(string turn, bool expected) =>
        Assert.Equal(expected, UtteranceAnalyzer.IsCandidateSmallTalk(turn));

    private static OpenQuestion Open(string question) =>
        new(new Turn(SpeakerRole.Interviewer, "Dana", question),
            UtteranceAnalyzer.AnalyzeInterviewer(question).Content);
}
