using AssessAgent.Assessment;
using AssessAgent.Transcripts;

namespace AssessAgent.Tests.Assessment;

/// <summary>
/// Correct answers that the offline analyzer once judged off-topic (the fresh-user test of 2026-12-04): a rival
/// standard question's exemplar or a shared word beat the own question, or a short correct answer fell under the
/// threshold; and placeholders for a lost answer were taken for answers.
/// </summary>
public sealed class RelevanceRegressionTests
{
    [Fact]
    public async Task Analyze_CurrentRoleAnsweredWithIntroduction_RelevantWithoutRival()
    {
        var transcript = TestTranscripts.Build((SectionKind.Screening,
            "Let's get started. Could you start by telling me a bit about your current role?",
            "Sure. I'm a .NET developer at an insurance company, I've been there about four years. I work on the "
            + "claims platform, which is a set of ASP.NET Core APIs on Azure with SQL Server behind them. I mostly do "
            + "backend work, and for the last year I've also been the one who looks after our CI pipelines."));

        var verdict = (await TestTranscripts.Analyzer().AnalyzeAsync(transcript))["screening-1"];

        Assert.Equal(RelevanceLabel.Relevant, verdict.Label);
        Assert.Null(verdict.AddressesInstead);
    }

    [Fact]
    public async Task Analyze_ApiVersioningAnswerNamingUrls_NotTakenForUrlShortener()
    {
        var transcript = TestTranscripts.Build((SectionKind.Technical,
            "Good. Last technical one. How would you version a public REST API that external partners depend on?",
            "I'd put the version in the URL, like slash v1, slash v2. It's the most visible option and easy to route. "
            + "When we make a breaking change we'd add v2 and keep v1 running. "
            + "That's what we do with our broker API."));

        var verdict = (await TestTranscripts.Analyzer().AnalyzeAsync(transcript))["technical-1"];

        Assert.NotEqual(RelevanceLabel.OffTopic, verdict.Label);
        Assert.Null(verdict.AddressesInstead);
    }

    [Fact]
    public async Task Analyze_ShortCorrectDefinition_NotOffTopic()
    {
        var transcript = TestTranscripts.Build(
            (SectionKind.Technical, "What is a mutex?",
                "A lock that lets one thread at a time into a critical section."),
            (SectionKind.Technical, "How do you monitor Kafka consumer lag in production?",
                "I alert on lag per partition and scale consumers."),
            (SectionKind.Behavioral, "Tell me about a time you disagreed with a colleague.",
                "We disagreed about service boundaries and I brought metrics to the discussion."));

        var verdicts = await TestTranscripts.Analyzer().AnalyzeAsync(transcript);

        Assert.Contains(
            verdicts["technical-1"].Label, new[] { RelevanceLabel.Relevant, RelevanceLabel.PartlyRelevant });
        Assert.Null(verdicts["technical-1"].AddressesInstead);
        Assert.Equal(RelevanceLabel.Relevant, verdicts["technical-2"].Label);
    }

    [Fact]
    public async Task Analyze_ExperienceAnswerThatDoesNotRepeatTheToolsName_NotOffTopic()
    {
        var transcript = TestTranscripts.Build(
            (SectionKind.Technical, "What is your experience with Kafka?",
                "Three years running a 12-broker cluster for order events; I tuned partition counts and consumer lag "
                + "alerts."),
            (SectionKind.Technical, "What is your experience with Redis?",
                "We used Redis for session caching and rate limiting with Lua scripts, behind Sentinel for failover."),
            (SectionKind.Technical, "What is your experience with Kubernetes?",
                "I wrote Helm charts for twenty services and set up horizontal pod autoscaling on custom metrics."),
            (SectionKind.WrapUp, "Do you have any questions for us?", "How does the team split on-call?"));

        var verdicts = await TestTranscripts.Analyzer().AnalyzeAsync(transcript);

        Assert.All(verdicts.Values, verdict => Assert.NotEqual(RelevanceLabel.OffTopic, verdict.Label));
        Assert.All(verdicts.Values, verdict => Assert.Null(verdict.AddressesInstead));
    }

    [Theory]
    [InlineData("[illegible]")]
    [InlineData("...")]
    [InlineData("[inaudible]")]
    [InlineData("[crosstalk]")]
    [InlineData("(inaudible) … [crosstalk]")]
    public async Task Analyze_AnswerThatIsOnlyAPlaceholder_NoAnswerStatedAsSuch(string placeholder)
    {
        var transcript = TestTranscripts.Build(
            (SectionKind.Behavioral, "Tell me about a time you failed.", placeholder));

        var verdict = (await TestTranscripts.Analyzer().AnalyzeAsync(transcript))["behavioral-1"];

        Assert.Equal(RelevanceLabel.NoAnswer, verdict.Label);
        Assert.Contains("No answer was recorded", verdict.Reason, StringComparison.Ordinal);
        Assert.Null(verdict.AddressesInstead);
    }

    [Fact]
    public async Task Assess_PlaceholderAnswers_NotMisalignedAndNotOffTopic()
    {
        var transcript = TestTranscripts.Build(
            (SectionKind.Technical, "What is a mutex?",
                "[inaudible] a lock [crosstalk] that lets one thread at a time [inaudible]."),
            (SectionKind.Behavioral, "Tell me about a time you failed.", "[illegible]"),
            (SectionKind.WrapUp, "Any questions for us?", "..."));

        var report = await OfflinePipeline.Create().AssessAsync(transcript);

        Assert.False(report.Diagnosis.Misaligned);
        Assert.DoesNotContain(report.AllQuestions, question => question.Relevance.Label == RelevanceLabel.OffTopic);
        Assert.All(report.AllQuestions.Where(question => question.QuestionId != "technical-1"),
            question => Assert.Equal(RelevanceLabel.NoAnswer, question.Relevance.Label));
    }
}
