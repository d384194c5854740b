using AssessAgent.Embeddings;

namespace AssessAgent.Tests.Embeddings;

public sealed class EncoderBatchesTests
{
    [Fact]
    public void Plan_MixedLengths_KeepsEveryCallWithinThePaddedBudget()
    {
        var texts = Enumerable.Range(0, 200).Select(i => new string('a', 5 + (i * 37 % 400))).ToArray();

        var calls = EncoderBatches.Plan(texts).ToArray();

        Assert.All(calls, call => Assert.True(
            call.Length == 1 || call.Length * call.Max(text => text.Length) <= EncoderBatches.PaddedCharacterBudget,
            $"{call.Length} texts padded to {call.Max(text => text.Length)} characters"));
        Assert.All(calls, call => Assert.InRange(call.Length, 1, EncoderBatches.MaxTextsPerCall));
        Assert.Equal(texts.Order(StringComparer.Ordinal), calls.SelectMany(call => call).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Plan_TextLongerThanTheBudget_GoesInACallOfItsOwn()
    {
        var longText = new string('x', EncoderBatches.PaddedCharacterBudget * 2);

        var calls = EncoderBatches.Plan(["short one", "short two", longText]).ToArray();

        Assert.Equal([["short one", "short two"], [longText]], calls);
    }

    [Fact]
    public void Plan_ManyShortPhrases_CapsTheCallAtMaxTexts()
    {
        var phrases = Enumerable.Range(0, 70).Select(i => $"p{i:00}").ToArray();

        var calls = EncoderBatches.Plan(phrases).ToArray();

        Assert.Equal([32, 32, 6], calls.Select(call => call.Length));
    }

    [Fact]
    public void Plan_NoTexts_PlansNoCall() => Assert.Empty(EncoderBatches.Plan([]));
}
