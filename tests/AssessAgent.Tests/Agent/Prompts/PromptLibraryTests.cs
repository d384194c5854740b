using AssessAgent.Agent;
using AssessAgent.Agent.Configuration;
using AssessAgent.Agent.Prompts;
using AssessAgent.Agent.Replies;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace AssessAgent.Tests.Agent.Prompts;

public sealed class PromptLibraryTests : IDisposable
{
    private readonly string _root =
        Path.Combine(Path.GetTempPath(), "assessagent-prompts-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void Load_ShippedV1_HasEveryFunctionWithASchema()
    {
        var library = PromptLibrary.Load(new PromptOptions());

        Assert.Equal(
            ["Assessment/AssessAnswer", "Feedback/ExtractFeedback", "Recommendation/WriteRecommendation",
                "Relevance/CheckRelevance", "Scoring/ScoreAnswer"],
            library.Functions.Select(f => f.FullName).Order(StringComparer.Ordinal));
        Assert.Matches("^sha256:[0-9a-f]{64}$", library.Hash);
    }

    [Fact]
    public void Load_ShippedV1_ListsOnlyTheVariablesEachTemplatePlaces()
    {
        var library = PromptLibrary.Load(new PromptOptions());

        var score = library.Get("Scoring", "ScoreAnswer");
        var relevance = library.Get("Relevance", "CheckRelevance");

        Assert.Equal(
            ["answer", "correction", "question", "rubric", "section"], score.Variables.Order(StringComparer.Ordinal));
        Assert.Contains("other_questions", relevance.Variables);
    }

    [Theory]
    [InlineData("{\"score\": 140, \"reasoning\": \"x\", \"addresses_assessor\": false}", "/score")]
    [InlineData("{\"score\": \"eighty\", \"reasoning\": \"x\", \"addresses_assessor\": false}", "/score")]
    [InlineData("{\"score\": 80, \"reasoning\": \"x\"}", "addresses_assessor")]
    [InlineData("{\"score\": 80, \"reasoning\": \"x\", \"addresses_assessor\": false, \"bonus\": 1}", "bonus")]
    public void ScoreAnswerSchema_InvalidReply_NamesTheProblem(string reply, string named)
    {
        var schema = PromptLibrary.Load(new PromptOptions()).Get("Scoring", "ScoreAnswer").ReplySchema;

        var errors = ReplyValidator.Validate(schema, JsonDocument.Parse(reply).RootElement);

        Assert.Contains(errors, error => error.Contains(named, StringComparison.Ordinal));
    }

    [Fact]
    public void Hash_ChangesWhenAPromptFileChangesAndNotOtherwise()
    {
        var version = CopyOfV1("v2");
        var first = Load("v2").Hash;
        var again = Load("v2").Hash;

        File.AppendAllText(Path.Combine(version, "Scoring", "ScoreAnswer", "skprompt.txt"), "\nBe strict.");

        Assert.Equal(first, again);
        Assert.NotEqual(first, Load("v2").Hash);
    }

    [Fact]
    public void Hash_FollowsTheDocumentedLayout()
    {
        var version = Path.Combine(_root, "v3");
        Directory.CreateDirectory(Path.Combine(version, "B"));
        File.WriteAllText(Path.Combine(version, "a.txt"), "one");
        File.WriteAllText(Path.Combine(version, "B", "x.txt"), "two");
        var expected = SHA256.HashData(Encoding.UTF8.GetBytes("B/x.txt\0two\0a.txt\0one\0"));

        var hash = Load("v3").Hash;

        Assert.Equal("sha256:" + Convert.ToHexStringLower(expected), hash);
    }

    [Fact]
    public void Load_MissingVersion_NamesTheFolderAndTheVersionsFound()
    {
        CopyOfV1("v1");

        var exception = Assert.Throws<AgentException>(() => Load("v9"));

        Assert.Contains("v9", exception.Message, StringComparison.Ordinal);
        Assert.Contains("versions found: v1", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ConfigWithoutSchema_NamesTheFile()
    {
        var version = CopyOfV1("v2");
        var config = Path.Combine(version, "Scoring", "ScoreAnswer", "config.json");
        File.WriteAllText(config, "{ \"execution_settings\": { \"default\": { \"max_tokens\": 10 } } }");

        var exception = Assert.Throws<AgentException>(() => Load("v2"));

        Assert.StartsWith(config, exception.Message, StringComparison.Ordinal);
        Assert.Contains("response_format", exception.Message, StringComparison.Ordinal);
    }

    private PromptLibrary Load(string version) =>
        PromptLibrary.Load(new PromptOptions { Directory = _root, Version = version });

    private string CopyOfV1(string name)
    {
        var source = Path.Combine(AppContext.BaseDirectory, "prompts", "v1");
        var target = Path.Combine(_root, name);
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }
}
