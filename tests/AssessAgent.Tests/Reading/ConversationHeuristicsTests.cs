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
    public void IsFollowUp_InterviewerQuestionAfterOpenOne_FollowsTheDocumentedRules(
        string openQuestion, string next, bool expected)
    {
        var open = new OpenQuestion(new Turn(SpeakerRole.Interviewer, "Dana", openQuestion),
            UtteranceAnalyzer.AnalyzeInterviewer(openQuestion).Content);

        var isFollowUp = FollowUpDetector.IsFollowUp(UtteranceAnalyzer.AnalyzeInterviewer(next), open);

        Assert.Equal(expected, isFollowUp);
    }

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
}
