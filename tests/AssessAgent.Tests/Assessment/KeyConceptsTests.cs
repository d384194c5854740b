using AssessAgent.Assessment.Offline;
using AssessAgent.Transcripts;

namespace AssessAgent.Tests.Assessment;

public sealed class KeyConceptsTests
{
    // The fresh-user test found "Does not cover else / share / questions / yourself / thanks First / place / stop /
    // project": words of the question's frame taken for its subject.
    [Theory]
    [InlineData("Is there anything else you'd like to share, or any questions for us?")]
    [InlineData("Thanks. First, do you have any questions for us before we stop?")]
    [InlineData("Anything else you'd like to ask us?")]
    public void Of_WrapUpQuestion_HasNoConcepts(string question)
    {
        Assert.Empty(KeyConcepts.Of(question));
    }

    [Theory]
    [InlineData("Tell me a little about yourself and how you got into programming.", "programming")]
    [InlineData("Tell me about a time you led a project.", "")]
    [InlineData("Tell me about a time you disagreed with a colleague in the first place.", "")]
    [InlineData("How do you monitor Kafka consumer lag in production?", "Kafka consumer|lag|production")]
    [InlineData("Thanks for that. First question: what is a mutex?", "mutex")]
    [InlineData("How would you design a REST endpoint that returns a user's orders, page by page?",
        "REST endpoint|user orders|page")]
    [InlineData("Your application suddenly can't connect to its database. What would you check first?",
        "application|database")]
    [InlineData("You are tasked with integrating a new Python microservice.", "Python microservice")]
    [InlineData("Here's the problem. Design a notification service for our product.", "notification service")]
    public void Of_Question_NamesOnlyItsSubject(string question, string expected)
    {
        var concepts = KeyConcepts.Of(question);

        Assert.Equal(expected.Length == 0 ? [] : expected.Split('|'), concepts);
    }

    [Fact]
    public async Task Assess_WrapUpAnsweredWithQuestions_NoCoverageGapAndNoCallForDetail()
    {
        var answer = await OfflinePipeline.AssessOneAsync(SectionKind.WrapUp,
            "Is there anything else you'd like to share, or any questions for us?",
            "Yes, how does the team run on-call? And what would success look like in the first six months?");

        Assert.DoesNotContain(
            answer.Improvements, item => item.Text.StartsWith("Does not cover", StringComparison.Ordinal));
        Assert.DoesNotContain(
            answer.Improvements, item => item.Text.Contains("concrete detail", StringComparison.Ordinal));
    }
}
