using AssessAgent.Assessment;
using AssessAgent.Transcripts;

namespace AssessAgent.Tests.Assessment;

public sealed class RelevanceAnalyzerTests
{
    private const string CacheQuestion = "How would you add a Redis cache in front of a slow product-catalog database?";

    private const string CacheAnswer =
        "I'd use a cache-aside pattern: the service reads the product from Redis first and on a miss loads it from " +
        "the database and writes it to Redis with a TTL of about five minutes. When a product is updated we delete " +
        "its key so the next read refreshes it.";

    [Fact]
    public async Task Analyze_AnswerOnItsTopic_Relevant()
    {
        var transcript = TestTranscripts.Build((SectionKind.Technical, CacheQuestion, CacheAnswer));

        var verdict = (await TestTranscripts.Analyzer().AnalyzeAsync(transcript))["technical-1"];

        Assert.Equal(RelevanceLabel.Relevant, verdict.Label);
        Assert.True(verdict.Similarity >= 0.5, $"similarity {verdict.Similarity:0.00}");
    }

    [Fact]
    public async Task Analyze_AnswerOnAnotherSubject_OffTopic()
    {
        var transcript = TestTranscripts.Build((SectionKind.Technical, CacheQuestion,
            "On weekends I coach my daughter's football team and we usually go for a pizza after the match."));

        var verdict = (await TestTranscripts.Analyzer().AnalyzeAsync(transcript))["technical-1"];

        Assert.Equal(RelevanceLabel.OffTopic, verdict.Label);
    }

    [Fact]
    public async Task Analyze_LongAnswerWithOneOnTopicPassage_MatchesThatPassage()
    {
        var answer = "Let me give some background first. Our team had eight people across two time zones and a " +
            "lot of legacy code from an acquisition. " + CacheAnswer;
        var transcript = TestTranscripts.Build((SectionKind.Technical, CacheQuestion, answer));

        var verdict = (await TestTranscripts.Analyzer().AnalyzeAsync(transcript))["technical-1"];

        Assert.Equal(RelevanceLabel.Relevant, verdict.Label);
    }

    [Fact]
    public async Task Analyze_AnswersShiftedByOne_EachAddressesThePreviousQuestion()
    {
        const string cicd = "How would you set up a CI/CD pipeline for a web service?";
        const string incident = "How do you run an incident response when production is down?";
        const string sql = "When would you choose a relational database over a document store?";
        var transcript = TestTranscripts.Build(
            (SectionKind.Technical, cicd, "I'd start by opening an incident channel and naming an incident " +
                "commander. We mitigate first, for example roll back the last deploy, then communicate status " +
                "every thirty minutes and write a blameless postmortem afterwards."),
            (SectionKind.Technical, incident, "I'd pick a relational database when the data has clear relations " +
                "and I need transactions and joins, like orders and payments. A document store fits loosely " +
                "structured data such as product attributes that change often."),
            (SectionKind.Technical, sql, "Every push triggers a build that runs unit tests and builds a Docker " +
                "image. The image is deployed to staging automatically, integration tests run there, and a manual " +
                "approval promotes it to production with a canary release."));

        var verdicts = await TestTranscripts.Analyzer().AnalyzeAsync(transcript);

        Assert.Equal(incident, verdicts["technical-1"].AddressesInstead);
        Assert.Equal(sql, verdicts["technical-2"].AddressesInstead);
        Assert.Equal(cicd, verdicts["technical-3"].AddressesInstead);
        Assert.All(verdicts.Values, verdict => Assert.Equal(RelevanceLabel.OffTopic, verdict.Label));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public async Task Analyze_NoAnswerRecorded_NoAnswer(string? answer)
    {
        var transcript = TestTranscripts.Build((SectionKind.Technical, CacheQuestion, answer));

        var verdict = (await TestTranscripts.Analyzer().AnalyzeAsync(transcript))["technical-1"];

        Assert.Equal(RelevanceLabel.NoAnswer, verdict.Label);
        Assert.Equal(0, verdict.Similarity);
    }

    [Fact]
    public async Task Analyze_WrapUpAnsweredWithQuestions_Relevant()
    {
        var transcript = TestTranscripts.Build((SectionKind.WrapUp, "Do you have any questions for us?",
            "Yes. How big is the team I'd join, and how do you decide what to work on each quarter?"));

        var verdict = (await TestTranscripts.Analyzer().AnalyzeAsync(transcript))["wrapup-1"];

        Assert.Equal(RelevanceLabel.Relevant, verdict.Label);
    }

    [Fact]
    public async Task Analyze_TellMeAboutYourselfAnsweredWithIntroduction_Relevant()
    {
        var transcript = TestTranscripts.Build((SectionKind.Screening, "Tell me about yourself.",
            "I'm Priya, a data engineer with five years of experience. I started my career in a bank's reporting " +
            "team and for the last two years I've built streaming pipelines at a retailer."));

        var verdict = (await TestTranscripts.Analyzer().AnalyzeAsync(transcript))["screening-1"];

        Assert.Equal(RelevanceLabel.Relevant, verdict.Label);
    }

    [Fact]
    public async Task Analyze_BehavioralQuestionAnsweredInGeneralTerms_AtMostPartlyRelevant()
    {
        var transcript = TestTranscripts.Build((SectionKind.Behavioral,
            "Tell me about a time you disagreed with a teammate about a technical decision.",
            "In general, when I disagree with a teammate about a technical decision, I think it's best to listen " +
            "to their arguments, compare the options with data, and let the team decide together."));

        var verdict = (await TestTranscripts.Analyzer().AnalyzeAsync(transcript))["behavioral-1"];

        Assert.NotEqual(RelevanceLabel.Relevant, verdict.Label);
    }
}
