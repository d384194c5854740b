using AssessAgent.Assessment;
using AssessAgent.Store.Chat;
using AssessAgent.Store.Queries;
using AssessAgent.Store.Sql;
using Microsoft.Extensions.Logging.Abstractions;

namespace AssessAgent.Tests.Store.Chat;

/// <summary>
/// Superlative questions without a model: "who ... best / worst / highest / lowest ..." find the stored question
/// meant and rank its answers by stored score, whatever the superlative's wording.
/// </summary>
public sealed class RetrievalRankingTests : IAsyncLifetime
{
    private const string Conflict = "Tell me about a conflict with a colleague.";

    private readonly SqliteStoreBackend _backend = new();
    private readonly Dictionary<string, string> _ids = [];
    private SqlAssessmentStore _store = null!;
    private RecordingQueries _queries = null!;
    private RetrievalAnswerer _answerer = null!;

    public async Task InitializeAsync()
    {
        _store = _backend.CreateStore(new FakeEmbeddingGenerator());
        _queries = new RecordingQueries(_store);
        _answerer = new RetrievalAnswerer(_store, _queries, NullLogger<RetrievalAnswerer>.Instance);

        await SaveAsync("Ada Example", 80, RelevanceLabel.Relevant,
            new SampleQuestion("Technical", "technical-1", "How would you shard a multi-tenant database?",
                "I talked about my holiday instead.", 12, TimeSpan.FromMinutes(4), Relevance: RelevanceLabel.OffTopic));
        await SaveAsync("Bo Sample", 45, RelevanceLabel.PartlyRelevant);
        await SaveAsync("Cy Trial", 20, RelevanceLabel.Relevant);
    }

    public async Task DisposeAsync() => await _backend.DisposeAsync();

    [Theory]
    [InlineData("Who answered the conflict question best?", "Ada Example", 80)]
    [InlineData("which candidate gave the strongest answer about a conflict with a colleague", "Ada Example", 80)]
    [InlineData("Who had the highest score on the colleague conflict question?", "Ada Example", 80)]
    [InlineData("Who answered the conflict question worst?", "Cy Trial", 20)]
    [InlineData("Whose answer to the conflict question was the weakest?", "Cy Trial", 20)]
    [InlineData("lowest scoring answer on conflict with a colleague", "Cy Trial", 20)]
    public async Task Answer_SuperlativeAboutAQuestion_NamesTheTopOfItsAnswersByScoreWithACitation(
        string question,
        string candidate,
        int score)
    {
        var answer = await _answerer.AnswerAsync(question);

        Assert.True(answer.HasEvidence);
        Assert.Empty(_queries.Searches);
        Assert.Single(_queries.Rankings);
        var lines = answer.Text.Split('\n');
        Assert.Contains($"\"{Conflict}\"", lines[0]);
        var citation = new Citation(_ids[candidate], candidate, "behavioral-1", Conflict, TimeSpan.FromMinutes(20));
        Assert.Equal(citation, answer.Citations[0]);
        Assert.StartsWith($"{candidate} [{_ids[candidate]} behavioral-1 @00:20:00] scored {score} ", lines[1]);
        Assert.Contains("3 answers from 3 candidates", answer.Text);
        Assert.Equal(3, answer.Citations.Count);
    }

    [Fact]
    public async Task Answer_BestOfAQuestionOnlyOneCandidateAnsweredOffTopic_SaysBothPlainly()
    {
        var answer = await _answerer.AnswerAsync("Who answered the database sharding question best?");

        var adaId = _ids["Ada Example"];
        Assert.Equal(new Citation(adaId, "Ada Example", "technical-1",
            "How would you shard a multi-tenant database?", TimeSpan.FromMinutes(4)), Assert.Single(answer.Citations));
        Assert.Contains(
            $"Ada Example [{adaId} technical-1 @00:04:00] scored 12 (Poor), judged off-topic.", answer.Text);
        Assert.Contains("Only one candidate answered this question", answer.Text);
        Assert.Contains("Even the best answer was judged off-topic", answer.Text);
    }

    [Fact]
    public async Task Answer_SuperlativeAboutNoStoredQuestion_SaysTheStoreHasNoEvidence()
    {
        var answer = await _answerer.AnswerAsync("Who answered the quantum chromodynamics question best?");

        Assert.False(answer.HasEvidence);
        Assert.Empty(answer.Citations);
        Assert.StartsWith("The store has no evidence for that", answer.Text);
    }

    [Fact]
    public async Task Answer_SuperlativeNamingNoQuestion_RanksTheCandidatesByMeanScore()
    {
        var answer = await _answerer.AnswerAsync("Who is the best candidate?");

        Assert.Empty(_queries.Rankings);
        Assert.Equal(
            [_ids["Ada Example"], _ids["Bo Sample"], _ids["Cy Trial"]],
            answer.Citations.Select(citation => citation.AssessmentId));
        Assert.Contains("By mean answer score", answer.Text);
    }

    [Fact]
    public async Task Answer_MoreAnswersThanShown_HeadingSaysHowManyOfThemAreListed()
    {
        foreach (var (candidate, score) in new[] { ("Di Four", 60), ("Ed Five", 50), ("Fay Six", 30) })
        {
            await SaveAsync(candidate, score, RelevanceLabel.Relevant);
        }

        var answer = await _answerer.AnswerAsync("Who answered the conflict question best?");

        Assert.Contains("(the top 5 of 6 answers from 6 candidates):", answer.Text);
        Assert.Equal(5, answer.Citations.Count);
        Assert.Equal(5, answer.Text.Split('\n').Count(line => line.StartsWith("  ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Answer_MoreCandidatesThanShown_HeadingSaysHowManyOfThemAreListed()
    {
        foreach (var (candidate, score) in new[] { ("Di Four", 60), ("Ed Five", 50), ("Fay Six", 30) })
        {
            await SaveAsync(candidate, score, RelevanceLabel.Relevant);
        }

        var answer = await _answerer.AnswerAsync("Who is the weakest candidate?");

        Assert.Contains("(the bottom 5 of 6 candidates;", answer.Text);
        Assert.Equal(5, answer.Citations.Count);
    }

    [Theory]
    [InlineData("who answered the Redis session question best?", RankingOrder.Best, "redis session")]
    [InlineData("Which candidate gave the WEAKEST answer on Kafka?", RankingOrder.Worst, "kafka")]
    [InlineData("top answer for system design", RankingOrder.Best, "system design")]
    [InlineData("who is the strongest?", RankingOrder.Best, "")]
    [InlineData("Who answered \"What questions do you have for us?\" best?", RankingOrder.Best,
        "What questions do you have for us?")]
    public void Parse_SuperlativeQuestion_ReadsItsOrderAndTopic(string question, RankingOrder order, string topic)
    {
        Assert.Equal(new SuperlativeQuestion(order, topic), SuperlativeQuestion.TryParse(question));
    }

    [Theory]
    [InlineData("Which section has the lowest average score?")]
    [InlineData("Who talked about Redis?")]
    [InlineData("Compare the best and the worst answers on Redis")]
    public void Parse_AggregateOrPlainOrBothEnds_IsNotARanking(string question)
    {
        Assert.Null(SuperlativeQuestion.TryParse(question));
    }

    private async Task SaveAsync(string candidate, int score, RelevanceLabel relevance, params SampleQuestion[] extra)
    {
        SampleQuestion[] questions =
        [
            new("Behavioral", "behavioral-1", Conflict, $"{candidate} settled a disagreement about code review.",
                score, TimeSpan.FromMinutes(20), Relevance: relevance),
            .. extra,
        ];
        var (report, transcript) = StoreSamples.Interview(candidate, questions: questions);
        _ids[candidate] = (await _store.SaveAsync(report, transcript)).Id;
    }
}
