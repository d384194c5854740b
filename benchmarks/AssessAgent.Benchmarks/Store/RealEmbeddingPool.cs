using AssessAgent.Benchmarks.Support;
using AssessAgent.Embeddings;
using AssessAgent.Transcripts;

namespace AssessAgent.Benchmarks.Store;

/// <summary>
/// The real texts a generated archive is composed from, each with its real MiniLM vector: every answered
/// question of the eval cases, every sentence of their answers, and a list of feedback phrases. Embedding them
/// takes a minute or two, so the vectors are cached in a file beside the generated databases.
/// </summary>
public sealed class RealEmbeddingPool
{
    private static readonly string[] FeedbackPhrases =
    [
        "Names concrete tools and steps.", "Explains the trade-offs before choosing.", "Quantifies the outcome.",
        "Structures the answer as situation, task, action and result.", "Admits what went wrong and what changed.",
        "Gives an example from production.", "Connects the design to the users' needs.",
        "Mentions monitoring and alerting.", "Considers failure modes and recovery.", "Keeps the answer focused.",
        "Shows ownership of the result.", "Describes how the team was involved.", "Uses precise terminology.",
        "Could quantify the outcome.", "Could name the tools that were used.", "Could explain why, not only what.",
        "Could give a concrete example.", "Could discuss the cost of the approach.", "Could be more concise.",
        "Could describe how success was measured.", "Could consider what happens under load.",
        "Could mention testing and rollback.", "Could talk about security implications.",
        "Could say what they would do differently.", "Could address the question more directly.",
        "Could describe the data model.", "Could explain how the work was prioritized.",
        "Could mention the stakeholders involved.", "Stays vague about the candidate's own part.",
        "Does not answer the question that was asked.",
    ];

    private RealEmbeddingPool(
        IReadOnlyList<PoolQuestion> questions,
        IReadOnlyList<PooledText> strengths,
        IReadOnlyList<PooledText> improvements)
    {
        Questions = questions;
        Strengths = strengths;
        Improvements = improvements;
    }

    /// <summary>The eval cases' answered questions, with their answers split into embedded sentences.</summary>
    public IReadOnlyList<PoolQuestion> Questions { get; }

    /// <summary>Feedback phrases that praise.</summary>
    public IReadOnlyList<PooledText> Strengths { get; }

    /// <summary>Feedback phrases that ask for more.</summary>
    public IReadOnlyList<PooledText> Improvements { get; }

    /// <summary>How many real vectors the pool holds.</summary>
    public int VectorCount =>
        Questions.Sum(question => 1 + question.Sentences.Count) + Strengths.Count + Improvements.Count;

    /// <summary>
    /// The pool, embedded now or read from <paramref name="cacheFile"/> when an earlier run wrote it.
    /// </summary>
    public static RealEmbeddingPool Load(string cacheFile)
    {
        var sources = ReadSources();
        var texts = sources.SelectMany(source => source.Sentences.Prepend(source.Question.Text))
            .Concat(FeedbackPhrases)
            .Distinct(StringComparer.Ordinal)
            .ToList();

        var vectors = ReadCache(cacheFile, texts) ?? Embed(cacheFile, texts);
        PooledText Pooled(string text) => new(text, vectors[text]);

        var questions = sources
            .Select(source => new PoolQuestion(
                source.Kind, source.Section, Pooled(source.Question.Text), source.Sentences.Select(Pooled).ToList()))
            .ToList();
        string[] improvementOpenings = ["Could", "Does", "Stays"];
        var strengths = FeedbackPhrases
            .Where(phrase => !improvementOpenings.Any(opening => phrase.StartsWith(opening, StringComparison.Ordinal)))
            .Select(Pooled).ToList();
        var improvements = FeedbackPhrases.Except(strengths.Select(item => item.Text)).Select(Pooled).ToList();

        return new RealEmbeddingPool(questions, strengths, improvements);
    }

    private static List<(SectionKind Kind, string Section, InterviewQuestion Question, List<string> Sentences)>
        ReadSources()
    {
        var loader = new AssessAgent.Reading.TranscriptLoader();

        return Directory.GetFiles(RepositoryPaths.EvalCases)
            .Order(StringComparer.Ordinal)
            .Select(path => loader.Load(path))
            .SelectMany(transcript => transcript.Sections)
            .SelectMany(section => section.Questions
                .Where(question => question.HasAnswer)
                .Select(question => (section.Kind, section.Name, question, Sentences(question.Answer!))))
            .Where(source => source.Item4.Count > 0)
            .ToList();
    }

    private static List<string> Sentences(string answer) =>
        answer.Split(['.', '!', '?', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(sentence => sentence.Length >= 12)
            .Select(sentence => sentence + ".")
            .ToList();

    private static Dictionary<string, float[]>? ReadCache(string cacheFile, IReadOnlyList<string> texts)
    {
        if (!File.Exists(cacheFile))
        {
            return null;
        }

        using var reader = new BinaryReader(File.OpenRead(cacheFile));
        var vectors = new Dictionary<string, float[]>(StringComparer.Ordinal);
        var count = reader.ReadInt32();
        for (var index = 0; index < count; index++)
        {
            var text = reader.ReadString();
            var vector = new float[reader.ReadInt32()];
            for (var dimension = 0; dimension < vector.Length; dimension++)
            {
                vector[dimension] = reader.ReadSingle();
            }

            vectors[text] = vector;
        }

        // A changed eval case or phrase list makes the cache stale; embed again rather than guess.
        return texts.All(vectors.ContainsKey) ? vectors : null;
    }

    private static Dictionary<string, float[]> Embed(string cacheFile, IReadOnlyList<string> texts)
    {
        Console.WriteLine($"// Embedding {texts.Count} real texts with MiniLM for the generated archive");
        using var generator = new MiniLmEmbeddingGenerator(cacheCapacity: texts.Count + 1);
        var vectors = new Dictionary<string, float[]>(StringComparer.Ordinal);
        foreach (var batch in texts.Chunk(32))
        {
            var embeddings = generator.GenerateAsync(batch).GetAwaiter().GetResult();
            for (var index = 0; index < batch.Length; index++)
            {
                vectors[batch[index]] = embeddings[index].Vector.ToArray();
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(cacheFile)!);
        using var writer = new BinaryWriter(File.Create(cacheFile));
        writer.Write(vectors.Count);
        foreach (var (text, vector) in vectors)
        {
            writer.Write(text);
            writer.Write(vector.Length);
            foreach (var value in vector)
            {
                writer.Write(value);
            }
        }

        return vectors;
    }
}

/// <summary>A real text and its real MiniLM vector.</summary>
public sealed record PooledText(string Text, float[] Vector);

/// <summary>An eval case's question and the sentences of its answer.</summary>
public sealed record PoolQuestion(
    SectionKind Kind,
    string Section,
    PooledText Question,
    IReadOnlyList<PooledText> Sentences);
