using AssessAgent.Assessment;

namespace AssessAgent.Tests.Assessment;

public sealed class SeedRelevanceTests
{
    [Theory]
    [InlineData("screening-1", "Tell me about yourself")]
    [InlineData("screening-2", "Why are you interested")]
    [InlineData("technical-1", "microservices architecture")]
    [InlineData("technical-2", "debug problems in a distributed system")]
    [InlineData("behavioral-1", "disagreed with a colleague")]
    [InlineData("behavioral-2", "tight deadline")]
    [InlineData("system-design-1", "URL shortener")]
    public async Task Analyze_SeedAnswerToAnotherQuestion_OffTopicNamingIt(string questionId, string addressed)
    {
        var verdicts = await TestTranscripts.Analyzer().AnalyzeAsync(SeedTranscript.Load());

        var verdict = verdicts[questionId];
        Assert.Equal(RelevanceLabel.OffTopic, verdict.Label);
        Assert.Contains(addressed, verdict.AddressesInstead, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Analyze_SeedDatabaseScalingAnswer_AtBestPartlyRelevant()
    {
        var verdicts = await TestTranscripts.Analyzer().AnalyzeAsync(SeedTranscript.Load());

        Assert.Contains(
            verdicts["technical-3"].Label, new[] { RelevanceLabel.PartlyRelevant, RelevanceLabel.OffTopic });
    }

    [Fact]
    public async Task Analyze_SeedWrapUpWithCandidateQuestions_Relevant()
    {
        var verdicts = await TestTranscripts.Analyzer().AnalyzeAsync(SeedTranscript.Load());

        Assert.Equal(RelevanceLabel.Relevant, verdicts["wrap-up-1"].Label);
        Assert.Null(verdicts["wrap-up-1"].AddressesInstead);
    }
}
