using AssessAgent.Assessment;
using AssessAgent.Assessment.Offline;
using AssessAgent.Transcripts;

namespace AssessAgent.Tests.Assessment;

public sealed class QuestionFeedbackTests
{
    private static readonly InterviewQuestion Question = new()
    {
        Id = "technical-1",
        Text = "How do you keep database transactions consistent across services?",
        Answer = "An answer.",
    };

    private static readonly RelevanceVerdict Relevant = new(RelevanceLabel.Relevant, 0.8, "It matches.");

    // Finding 8 (e) of the fresh-user test: "Covers database transactions" with evidence about read replicas.
    [Fact]
    public void For_ConceptCloseByMeaningButNotNamed_ClaimsNoStrength()
    {
        var measures = Measures("We added read replicas so that reads scale out across regions.");

        var (strengths, _) = QuestionFeedback.For(Question, Relevant, measures);

        Assert.DoesNotContain(strengths, item => item.Text.StartsWith("Covers", StringComparison.Ordinal));
    }

    [Fact]
    public void For_ConceptNamedInTheEvidence_ClaimsTheStrength()
    {
        var measures = Measures("Each order is written in one database transaction with an outbox row.");

        var (strengths, _) = QuestionFeedback.For(Question, Relevant, measures);

        Assert.Contains(strengths, item => item.Text == "Covers database transactions.");
    }

    private static AnswerMeasures Measures(string evidence) =>
        new(0.8, 0.9, 0.2, [new KeyPointCoverage(new RubricKeyPoint("database transactions"), 0.9, evidence)],
            null, 0);
}
