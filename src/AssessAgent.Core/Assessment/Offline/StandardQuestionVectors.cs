using System.Text;
using AssessAgent.Embeddings;
using Microsoft.Extensions.AI;

namespace AssessAgent.Assessment.Offline;

/// <summary>
/// The MiniLM vectors of the standard questions and their exemplar answers, computed once and embedded in the
/// build (<c>Data/standard-questions.minilm.bin</c>), so that a process does not spend the first assessment's
/// time embedding 72 texts that never change. They are used only when the generator is
/// <see cref="MiniLmEmbeddingGenerator"/>; a text the file does not hold (the catalog was edited since) is
/// embedded as usual.
/// </summary>
public static class StandardQuestionVectors
{
    private const string ResourceName = "AssessAgent.Assessment.Offline.Data.standard-questions.minilm.bin";

    private static readonly Lazy<IReadOnlyDictionary<string, ReadOnlyMemory<float>>> Shipped = new(Load);

    /// <summary>
    /// Writes the vectors of every text of the catalog as <paramref name="generator"/> computes them, in the
    /// layout the build embeds: a text count, then per text its UTF-8 length, its bytes and 384 floats, all
    /// little-endian. Run by <c>benchmarks/AssessAgent.Benchmarks -- write-catalog-vectors</c>.
    /// </summary>
    public static async Task WriteAsync(
        Stream output,
        IEmbeddingGenerator<string, Embedding<float>> generator,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(generator);

        var texts = CatalogTexts().ToArray();
        var embeddings = await generator.GenerateAsync(texts, cancellationToken: cancellationToken)
            .ConfigureAwait(false);

        using var writer = new BinaryWriter(output, Encoding.UTF8, leaveOpen: true);
        writer.Write(texts.Length);
        for (var i = 0; i < texts.Length; i++)
        {
            var bytes = Encoding.UTF8.GetBytes(texts[i]);
            writer.Write(bytes.Length);
            writer.Write(bytes);
            foreach (var value in embeddings[i].Vector.Span)
            {
                writer.Write(value);
            }
        }
    }

    /// <summary>
    /// The shipped vectors for <paramref name="generator"/>: all of them for MiniLM, none for another model.
    /// </summary>
    internal static IReadOnlyDictionary<string, ReadOnlyMemory<float>> For(
        IEmbeddingGenerator<string, Embedding<float>> generator)
    {
        var model = generator.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelId;

        return string.Equals(model, MiniLmEmbeddingGenerator.ModelName, StringComparison.Ordinal)
            ? Shipped.Value
            : new Dictionary<string, ReadOnlyMemory<float>>();
    }

    /// <summary>Every text of the catalog the analyzer embeds: each question and each exemplar.</summary>
    internal static IEnumerable<string> CatalogTexts() =>
        StandardQuestionCatalog.All.SelectMany(standard => new[] { standard.Question, standard.Exemplar });

    private static Dictionary<string, ReadOnlyMemory<float>> Load()
    {
        var vectors = new Dictionary<string, ReadOnlyMemory<float>>(StringComparer.Ordinal);
        using var stream = typeof(StandardQuestionVectors).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            return vectors;
        }

        using var reader = new BinaryReader(stream, Encoding.UTF8);
        var count = reader.ReadInt32();
        for (var i = 0; i < count; i++)
        {
            var text = Encoding.UTF8.GetString(reader.ReadBytes(reader.ReadInt32()));
            var vector = new float[MiniLmEmbeddingGenerator.Dimensions];
            for (var j = 0; j < vector.Length; j++)
            {
                vector[j] = reader.ReadSingle();
            }

            vectors[text] = vector;
        }

        return vectors;
    }
}
