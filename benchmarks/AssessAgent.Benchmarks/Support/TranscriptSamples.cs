using AssessAgent.Reading;
using AssessAgent.Transcripts;

namespace AssessAgent.Benchmarks.Support;

/// <summary>
/// Transcripts of any length built from the questions of the eval cases, so that every benchmark assesses
/// realistic text. A variant number makes every question's text distinct, which keeps the embedding cache from
/// answering for a transcript it has not seen.
/// </summary>
public sealed class TranscriptSamples
{
    private const int QuestionsPerSection = 3;

    private readonly IReadOnlyList<(SectionKind Kind, string Section, InterviewQuestion Question)> _pool;

    private TranscriptSamples(IReadOnlyList<(SectionKind, string, InterviewQuestion)> pool) => _pool = pool;

    /// <summary>Every answered question of every eval case, in case order.</summary>
    public static TranscriptSamples FromEvalCases()
    {
        var loader = new TranscriptLoader();
        var pool = Directory.GetFiles(RepositoryPaths.EvalCases)
            .Order(StringComparer.Ordinal)
            .Select(path => loader.Load(path))
            .SelectMany(transcript => transcript.Sections)
            .SelectMany(section => section.Questions.Where(question => question.HasAnswer)
                .Select(question => (section.Kind, section.Name, question)))
            .ToArray();

        return new TranscriptSamples(pool);
    }

    /// <summary>How many answered questions the eval cases hold.</summary>
    public int PoolSize => _pool.Count;

    /// <summary>
    /// A transcript of <paramref name="questionCount"/> questions, taken in turn from the pool starting at
    /// <paramref name="variant"/> times the count, in sections of three.
    /// </summary>
    public Transcript Compose(int questionCount, int variant = 0)
    {
        var picked = Enumerable.Range(variant * questionCount, questionCount)
            .Select(index => _pool[index % _pool.Count])
            .Select((entry, index) => entry with
            {
                Question = entry.Question with
                {
                    Id = $"q{index + 1}",
                    Text = Mark(entry.Question.Text, variant) ?? entry.Question.Text,
                    Answer = Mark(entry.Question.Answer, variant),
                    Turns = [],
                    PreviouslyReported = null,
                },
            })
            .ToArray();

        var sections = picked.Chunk(QuestionsPerSection)
            .Select((chunk, index) => new TranscriptSection(
                $"{chunk[0].Section} {index + 1}", chunk[0].Kind, chunk.Select(entry => entry.Question).ToArray()))
            .ToArray();

        return new Transcript
        {
            Candidate = $"Candidate {variant}",
            Position = "Software Engineer",
            Sections = sections,
            Source = new TranscriptSource($"generated-{questionCount}-{variant}.json", "json"),
        };
    }

    // Variant 0 keeps the eval case's text as it is; others get a short neutral suffix that changes the embedding
    // input without changing what the answer says.
    private static string? Mark(string? text, int variant) =>
        variant == 0 || text is null ? text : $"{text} (interview {variant})";
}
