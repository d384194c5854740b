using AssessAgent.Assessment;
using AssessAgent.Store.Chat;
using Microsoft.Extensions.Logging.Abstractions;

namespace AssessAgent.Tests.Store.Chat;

/// <summary>Answers without a model: best matching stored answers, structured counts, slash commands.</summary>
public sealed class RetrievalAnswererTests : IAsyncLifetime
{
    private ChatStoreFixture _store = null!;
    private RetrievalAnswerer _answerer = null!;

    public async Task InitializeAsync()
    {
        _store = await ChatStoreFixture.CreateAsync();
        _answerer = new RetrievalAnswerer(_store.Store, _store.Queries, NullLogger<RetrievalAnswerer>.Instance);
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task Answer_Question_ListsTheBestMatchingAnswerFirstWithScoreAndCitation()
    {
        var adaId = _store.Ids["Ada Example"];

        var answer = await _answerer.AnswerAsync("Who talked about read replicas for the database?");

        Assert.True(answer.HasEvidence);
        var expected = new Citation(adaId, "Ada Example", "technical-1",
            "How would you scale a relational database for heavy reads?", TimeSpan.FromMinutes(5));
        Assert.Equal(expected, answer.Citations[0]);
        var lines = answer.Text.Split('\n');
        Assert.Contains($"[{adaId} technical-1 @00:05:00]", lines[1]);
        Assert.Contains("Score 88 (Excellent)", answer.Text);
        Assert.Equal(RetrievalAnswerer.AnsweredBy, answer.AnsweredBy);
    }

    [Fact]
    public async Task Answer_NothingMatches_SaysTheStoreHasNoEvidence()
    {
        var answer = await _answerer.AnswerAsync("Who mentioned quantum chromodynamics?");

        Assert.False(answer.HasEvidence);
        Assert.Empty(answer.Citations);
        Assert.StartsWith("The store has no evidence for that", answer.Text);
    }

    [Fact]
    public async Task Answer_HowManyQuestion_CountsWithStructuredQueriesInsteadOfSearchHits()
    {
        var answer = await _answerer.AnswerAsync("How many candidates talked about garbage collection?");

        Assert.Empty(_store.Queries.Searches);
        Assert.NotEmpty(_store.Queries.Statistics);
        Assert.Contains("3 assessments of 3 named candidates", answer.Text);
        Assert.Contains("Technical: mean 70 over 4 answers in 3 assessments", answer.Text);
    }

    [Fact]
    public async Task List_WithPositionAndRecommendationFilters_ListsOnlyMatchingAssessments()
    {
        var answer = await _answerer.AnswerAsync("/list position=\"backend engineer\" recommendation=no-hire");

        Assert.StartsWith("1 stored assessments match", answer.Text);
        Assert.Equal([_store.Ids["Bo Sample"]], answer.Citations.Select(citation => citation.AssessmentId));
    }

    [Theory]
    [InlineData("/list recommendation=maybe", "recommendation 'maybe' is not one of")]
    [InlineData("/list from=yesterday", "from 'yesterday' is not a date written as yyyy-MM-dd.")]
    [InlineData("/list colour=blue", "Unknown filter colour")]
    [InlineData("/stats people", "/stats groups by 'section' or 'question', not 'people'.")]
    [InlineData("/frobnicate", "Unknown command /frobnicate.")]
    [InlineData("/compare Ada Example", "Usage: /compare NAME, NAME")]
    public async Task Command_WithAMistake_SaysWhatIsWrongAndQueriesNothing(string input, string expected)
    {
        var answer = await _answerer.AnswerAsync(input);

        Assert.Contains(expected, answer.Text);
        Assert.False(answer.HasEvidence);
        Assert.Empty(_store.Queries.CandidateListings);
        Assert.Empty(_store.Queries.Statistics);
    }

    [Fact]
    public async Task Show_StoredId_ShowsTheRecommendationAndEveryQuestion()
    {
        var adaId = _store.Ids["Ada Example"];

        var answer = await _answerer.AnswerAsync($"/show {adaId}");

        Assert.Contains("Recommendation: Hire (0.70)", answer.Text);
        Assert.Equal(4, answer.Citations.Count);
        Assert.Contains("technical-2 (Technical): 64 Fair, Relevant", answer.Text);
    }

    [Fact]
    public async Task Show_UnknownId_SaysSo()
    {
        var answer = await _answerer.AnswerAsync("/show 000000000000");

        Assert.Equal("No stored assessment has the id '000000000000'.", answer.Text);
    }

    [Fact]
    public async Task Compare_KnownAndUnknownCandidates_ComparesTheKnownAndNamesTheUnknown()
    {
        var answer = await _answerer.AnswerAsync("/compare Ada Example, bo sample, Nobody Known");

        Assert.Contains("Ada Example: 1 assessments, mean score 70.5, latest Hire", answer.Text);
        Assert.Contains("Bo Sample: 1 assessments, mean score 61, latest NoHire", answer.Text);
        Assert.Contains("The store has no evidence for Nobody Known", answer.Text);
        Assert.Equal(2, answer.Citations.Count);
    }

    [Fact]
    public async Task Stats_ByQuestionForOneCandidate_AggregatesOnlyTheirAnswers()
    {
        var answer = await _answerer.AnswerAsync("/stats question candidate=ada");

        var (filter, _) = Assert.Single(_store.Queries.Statistics);
        Assert.Equal("ada", filter.Candidate);
        Assert.Contains("Technical technical-1 (How would you scale a relational database for heavy reads?): " +
            "mean 88 over 1 answers in 1 assessments", answer.Text);
    }

    [Theory]
    [InlineData("Who got a hire recommendation?", "Ada Example", "1 stored assessment has the recommendation Hire:")]
    [InlineData("How many were no hire?", "Bo Sample", "1 stored assessment has the recommendation NoHire:")]
    [InlineData("which candidates were a lean hire", "Cy Trial",
        "1 stored assessment has the recommendation LeanHire:")]
    public async Task Answer_WhoGotARecommendation_ListsTheAssessmentsWithItFromAStructuredQuery(
        string question,
        string candidate,
        string heading)
    {
        var answer = await _answerer.AnswerAsync(question);

        Assert.Empty(_store.Queries.Searches);
        Assert.True(answer.HasEvidence);
        Assert.StartsWith(heading, answer.Text);
        Assert.Equal([new Citation(_store.Ids[candidate], candidate)], answer.Citations);
    }

    [Fact]
    public async Task Answer_WhoWasInconclusiveWhenNobodyWas_SaysNoneInsteadOfCitingSearchHits()
    {
        var answer = await _answerer.AnswerAsync("Which candidates were inconclusive?");

        Assert.Empty(_store.Queries.Searches);
        Assert.Empty(answer.Citations);
        Assert.Equal(
            "No stored assessment has the recommendation Inconclusive (the store holds 3 assessments).", answer.Text);
    }

    [Theory]
    [InlineData("Which candidates were inconclusive?", HiringDecision.Inconclusive)]
    [InlineData("Who got a hire recommendation?", HiringDecision.Hire)]
    [InlineData("how many were no hire", HiringDecision.NoHire)]
    [InlineData("How many candidates got lean no-hire?", HiringDecision.LeanNoHire)]
    [InlineData("list the strong hires", HiringDecision.StrongHire)]
    [InlineData("List the strong hire assessments", HiringDecision.StrongHire)]
    [InlineData("Why was Ada inconclusive?", null)]
    [InlineData("Who talked about hiring engineers?", null)]
    public void Parse_RecommendationQuestion_ReadsTheRecommendationItAsksAbout(
        string question,
        HiringDecision? decision)
    {
        Assert.Equal(decision, RecommendationQuestion.TryParse(question)?.Decision);
    }
}
