using AssessAgent.Agent.Assessing;
using AssessAgent.Assessment;

namespace AssessAgent.Tests.Agent.Assessing;

public sealed class EvidenceCheckTests
{
    private const string Answer = "We moved the  reports\njob to a queue, and latency dropped by half.";

    [Theory]
    [InlineData("moved the reports job")]
    [InlineData("\u201CLATENCY dropped by half.\u201D")]
    [InlineData("to a queue,   and")]
    public void Filter_QuoteInTheAnswerUpToCaseAndWhitespace_IsKept(string quote)
    {
        var (kept, dropped) = EvidenceCheck.Filter([new Feedback("Point.", quote)], Answer);

        Assert.Equal(0, dropped);
        Assert.Equal(quote, kept.Single().Evidence);
    }

    [Theory]
    [InlineData("moved the reports job to Kafka")]
    [InlineData("latency dropped by 90%")]
    [InlineData("...")]
    public void Filter_QuoteNotInTheAnswer_IsDroppedAndCountedButThePointStays(string quote)
    {
        var (kept, dropped) = EvidenceCheck.Filter([new Feedback("Point.", quote), new Feedback("No quote.")], Answer);

        Assert.Equal(1, dropped);
        Assert.Equal([null, null], kept.Select(feedback => feedback.Evidence));
        Assert.Equal(["Point.", "No quote."], kept.Select(feedback => feedback.Text));
    }
}
