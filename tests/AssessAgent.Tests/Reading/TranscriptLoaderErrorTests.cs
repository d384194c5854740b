using AssessAgent.Reading;

namespace AssessAgent.Tests.Reading;

public sealed class TranscriptLoaderErrorTests : IDisposable
{
    private readonly TestFiles files = new();
    private readonly TranscriptLoader loader = new();

    [Fact]
    public void Load_MissingFile_SaysNotFoundAndNamesFile()
    {
        var path = files.Missing("nowhere.json");

        var error = Assert.Throws<TranscriptReadException>(() => loader.Load(path));

        Assert.Equal($"{path}: file not found", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\t\n")]
    public void Load_EmptyFile_SaysEmpty(string content)
    {
        var path = files.Write("empty.txt", content);

        var error = Assert.Throws<TranscriptReadException>(() => loader.Load(path));

        Assert.Equal($"{path}: the file is empty", error.Message);
    }

    [Fact]
    public void Load_UnrecognizedContentAndExtension_ListsSupportedFormats()
    {
        var path = files.Write("notes.rtf", "Some prose without speakers, headings or questions.");

        var error = Assert.Throws<TranscriptReadException>(() => loader.Load(path));

        Assert.StartsWith($"{path}: unknown transcript format; supported formats are JSON transcript", error.Message);
        Assert.Contains("Markdown (.md, .markdown)", error.Message);
    }

    [Fact]
    public void Load_MalformedJson_NamesLineAndPosition()
    {
        var path = files.Write("broken.json", "{\n  \"candidate\": \"Zoë\",\n  \"sections\": ]\n}");

        var error = Assert.Throws<TranscriptReadException>(() => loader.Load(path));

        Assert.Equal(3, error.Line);
        Assert.StartsWith($"{path}, line 3: malformed JSON at position 15: ", error.Message);
        Assert.DoesNotContain("BytePositionInLine", error.Message);
    }

    [Theory]
    [InlineData("""
        { "sections": [ { "name": "A", "questions": [] }, { "name": "B", "questions": [ { "question": "  " } ] } ] }
        """,
        "sections[1].questions[0].question", "must not be empty")]
    [InlineData("""{ "sections": [ { "name": "A", "questions": [ { "answer": "x" } ] } ] }""",
        "sections[0].questions[0]", "missing required property \"question\"")]
    [InlineData("""{ "sections": [ { "name": "A", "questions": [ { "question": "Q?", "anwser": "x" } ] } ] }""",
        "sections[0].questions[0].anwser", "unknown property \"anwser\"")]
    [InlineData("""{ "sections": [ { "name": "A", "questions": [ { "question": "Q?", "weight": 0 } ] } ] }""",
        "sections[0].questions[0].weight", "must be greater than 0")]
    [InlineData("""
        { "interviewDate": "06/02/2026", "sections": [ { "name": "A", "questions": [ { "question": "Q?" } ] } ] }
        """,
        "interviewDate", "must be a date written YYYY-MM-DD")]
    [InlineData("""{ "candidate": "Zoë" }""", "(root)", "missing required property \"sections\"")]
    [InlineData("""{ "sections": [ { "name": "A", "questions": [ { "question": 42 } ] } ] }""",
        "sections[0].questions[0].question", "is integer but must be string")]
    [InlineData("""
        { "sections": [ { "name": "A", "questions": [ { "question": "Q?",
          "turns": [ { "role": "host", "text": "x" } ] } ] } ] }
        """,
        "sections[0].questions[0].turns[0].role", "must be \"interviewer\" or \"candidate\"")]
    [InlineData("""{ "candidate": 7, "sections": [ { "name": "A", "questions": [ { "question": "Q?" } ] } ] }""",
        "candidate", "is integer but must be string or null")]
    public void Load_SchemaViolation_NamesJsonPathAndProblem(string json, string jsonPath, string problem)
    {
        var path = files.Write("invalid.json", json);

        var error = Assert.Throws<TranscriptReadException>(() => loader.Load(path));

        Assert.Equal(jsonPath, error.JsonPath);
        Assert.StartsWith($"{path}, at {jsonPath}: {problem}", error.Message);
    }

    [Fact]
    public void Load_DuplicateQuestionIds_NamesSecondPath()
    {
        var path = files.Write("dupes.json", """
            { "sections": [ { "name": "A", "questions": [
              { "id": "q", "question": "One?" }, { "id": "q", "question": "Two?" } ] } ] }
            """);

        var error = Assert.Throws<TranscriptReadException>(() => loader.Load(path));

        Assert.StartsWith($"{path}, at sections[0].questions[1].id: the id \"q\" is used by an earlier question",
            error.Message);
    }

    [Fact]
    public void Load_JsonWithoutQuestions_SaysNoQuestions()
    {
        var path = files.Write("hollow.json", """{ "sections": [ { "name": "Technical", "questions": [] } ] }""");

        var error = Assert.Throws<TranscriptReadException>(() => loader.Load(path));

        Assert.Equal($"{path}: no questions found (read as a JSON transcript)", error.Message);
    }

    [Fact]
    public void Load_FileOverConfiguredLimit_StatesLimit()
    {
        var path = files.Write("big.md", "### Why?\n" + new string('x', 2000));
        var options = new TranscriptReadOptions { MaxInputBytes = 1024 };

        var error = Assert.Throws<TranscriptReadException>(() => loader.Load(path, options));

        Assert.Equal($"{path}: the input is 1.96 KiB, over the 1 KiB limit for a transcript", error.Message);
    }

    [Fact]
    public void Load_FileOverDefaultLimit_StatesTwoMebibytes()
    {
        var path = files.Write("huge.md", "### Why?\n" + new string('x', 3 * 1024 * 1024));

        var error = Assert.Throws<TranscriptReadException>(() => loader.Load(path));

        Assert.EndsWith("over the 2 MiB limit for a transcript", error.Message);
        Assert.StartsWith(path, error.Message);
    }

    [Fact]
    public void Load_MarkdownAnswerBeforeAnyQuestion_NamesLine()
    {
        var path = files.Write("orphan.md", "# Interview\n\n## Technical\n\n**A:** An answer to nothing.\n");

        var error = Assert.Throws<TranscriptReadException>(() => loader.Load(path));

        Assert.Equal(5, error.Line);
        Assert.StartsWith($"{path}, line 5: an answer with no question before it", error.Message);
    }

    [Fact]
    public void Load_MarkdownEmptyQuestionHeading_NamesLine()
    {
        var path = files.Write("blank.md", "## Technical\n\n### Q1. How?\nFine.\n\n###\n");

        var error = Assert.Throws<TranscriptReadException>(() => loader.Load(path));

        Assert.Equal($"{path}, line 6: the question heading has no text", error.Message);
    }

    [Fact]
    public void Load_MarkdownUnreadableDate_NamesLineAndValue()
    {
        var path = files.Write("date.md", "- **Date:** next Tuesday\n\n### Why?\nBecause.\n");

        var error = Assert.Throws<TranscriptReadException>(() => loader.Load(path));

        Assert.Equal($"{path}, line 1: cannot read the date \"next Tuesday\"; write it as YYYY-MM-DD", error.Message);
    }

    [Fact]
    public void Load_MarkdownWithoutQuestions_SaysNoQuestions()
    {
        var path = files.Write("empty-sections.md", "# Interview\n\n## Technical\n\n## Wrap Up\n");

        var error = Assert.Throws<TranscriptReadException>(() => loader.Load(path));

        Assert.Equal($"{path}: no questions found (read as a Markdown transcript)", error.Message);
    }

    public void Dispose() => files.Dispose();
}
