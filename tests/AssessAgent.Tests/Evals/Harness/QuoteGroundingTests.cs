using AssessAgent.Evals.Metrics;

namespace AssessAgent.Tests.Evals.Harness;

public sealed class QuoteGroundingTests
{
    private const string Answer =
        "We put an idempotency key on every request.\nThe key has a unique constraint in Postgres.";

    [Theory]
    [InlineData("idempotency key on every request")]
    [InlineData("\"The key has a UNIQUE constraint  in Postgres.\"")]
    [InlineData("an idempotency key ... a unique constraint")]
    public void IsGrounded_QuoteFromAnswer_IsGrounded(string quote)
    {
        Assert.True(QuoteGrounding.IsGrounded(quote, Answer));
    }

    [Theory]
    [InlineData("we use a distributed lock")]
    [InlineData("a unique constraint ... idempotency key")]
    [InlineData("...")]
    public void IsGrounded_InventedOrOutOfOrderQuote_IsNotGrounded(string quote)
    {
        Assert.False(QuoteGrounding.IsGrounded(quote, Answer));
    }

    [Fact]
    public void IsGrounded_NoAnswer_IsNotGrounded()
    {
        Assert.False(QuoteGrounding.IsGrounded("anything", null));
    }
}
