using System.Numerics.Tensors;
using AssessAgent.Assessment;
using AssessAgent.Embeddings;
using AssessAgent.Transcripts;

namespace AssessAgent.Benchmarks.Store;

/// <summary>
/// Deterministic interviews for a store of any size, composed from the real texts of a
/// <see cref="RealEmbeddingPool"/>: about ten questions each in sections, answers made of two or three sentences
/// of real answers to the same question (now and then one sentence of another answer), feedback made of two real
/// phrases. Each generated text's vector is the normalized sum of its parts' real vectors plus a little Gaussian
/// noise, so that no two interviews have the same vectors while similar texts stay similar, as they would under
/// the model. Interview number <c>n</c> is the same in every size, so a smaller archive is a prefix of a larger.
/// </summary>
public sealed class GeneratedArchive(RealEmbeddingPool pool)
{
    /// <summary>
    /// Changes whenever what is generated changes, so that cached databases of an older version are not reused.
    /// </summary>
    public const int Version = 1;

    /// <summary>The standard deviation of the noise added to each of a vector's dimensions.</summary>
    private const float NoisePerDimension = 0.012f;

    private static readonly string[] FirstNames =
    [
        "Ada", "Bo", "Cy", "Dana", "Emeka", "Farah", "Goran", "Hana", "Ines", "Jun", "Kofi", "Lena", "Mateo", "Nia",
        "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tomas", "Uma", "Viktor", "Wen", "Ximena", "Yusuf", "Zoe",
    ];

    private static readonly string[] LastNames =
    [
        "Okafor", "Lindqvist", "Moreau", "Tanaka", "Nowak", "Silva", "Haddad", "Kowalski", "Nguyen", "Fischer",
        "Rossi", "Murphy", "Cohen", "Petrov", "Mensah", "Garcia", "Kaur", "Jensen", "Dubois", "Sato",
        "Andersen", "Popescu", "Ibrahim", "Novak", "Walsh", "Costa", "Yilmaz", "Berg", "Iyer", "Lopez",
    ];

    private static readonly string[] Positions =
    [
        "Backend Engineer", "Frontend Developer", "Data Engineer", "Site Reliability Engineer",
        "Engineering Manager", "Mobile Developer",
    ];

    private static readonly string[] QuestionLeads =
    [
        "", "", "", "Briefly, ", "In your last role, ", "Thinking of a real project, ", "To start, ",
    ];

    private static readonly HiringDecision[] Decisions = Enum.GetValues<HiringDecision>();

    private static readonly DateOnly FirstDay = new(2025, 1, 6);

    /// <summary>The candidate name filter the filtered benchmarks use: about one interview in thirty.</summary>
    public static string FilteredLastName => LastNames[0];

    /// <summary>Interview number <paramref name="number"/>, with the vector of every text it will embed.</summary>
    public GeneratedInterview Compose(int number)
    {
        var random = new Random(HashCode.Combine(Version, number) & 0x7fffffff);
        var vectors = new Dictionary<string, float[]>(StringComparer.Ordinal);
        var candidate = $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]}";
        var position = Positions[random.Next(Positions.Length)];
        var day = FirstDay.AddDays(random.Next(730));

        var questionCount = 8 + random.Next(5);
        var picked = Enumerable.Range(0, questionCount)
            .Select(_ => pool.Questions[random.Next(pool.Questions.Count)])
            .Select((source, index) => ComposeQuestion(source, index, random, vectors))
            .ToList();
        var sections = picked.GroupBy(item => (item.Source.Kind, item.Source.Section)).ToList();

        var transcript = new Transcript
        {
            Candidate = candidate,
            Position = position,
            InterviewDate = day,
            Duration = TimeSpan.FromMinutes(30 + random.Next(40)),
            Source = new TranscriptSource($"generated-{number}.json", "json"),
            Sections = sections
                .Select(group => new TranscriptSection(
                    group.Key.Section, group.Key.Kind, group.Select(item => item.Transcript).ToList()))
                .ToList(),
        };

        var report = new AssessmentReport
        {
            Header = new ReportHeader(candidate, position, day, transcript.Duration, transcript.Source.Path, "json"),
            Sections = sections
                .Select(group =>
                {
                    var score = (int)group.Average(item => item.Assessment.Score);
                    return new SectionAssessment(
                        group.Key.Section, group.Key.Kind, score, ScoreBands.For(score),
                        group.Select(item => item.Assessment).ToList());
                })
                .ToList(),
            ExecutiveSummary = "A generated interview for the store benchmarks.",
            Recommendation = new HiringRecommendation(
                Decisions[random.Next(Decisions.Length)], 0.5 + random.NextDouble() / 2, "Generated.", []),
            Provenance = new Provenance(
                "offline", null, MiniLmEmbeddingGenerator.ModelName, "bench-v1", "generated",
                new DateTimeOffset(day.ToDateTime(new TimeOnly(17, 0)), TimeSpan.Zero), "0.1.0", []),
        };

        return new GeneratedInterview(report, transcript, vectors);
    }

    private ComposedQuestion ComposeQuestion(
        PoolQuestion source,
        int index,
        Random random,
        Dictionary<string, float[]> vectors)
    {
        var questionText = QuestionLeads[random.Next(QuestionLeads.Length)] + source.Question.Text;
        vectors[questionText] = Perturb([source.Question.Vector], random);

        var sentences = source.Sentences
            .Where(_ => random.NextDouble() < 0.7)
            .Take(3)
            .DefaultIfEmpty(source.Sentences[random.Next(source.Sentences.Count)])
            .ToList();
        var answer = string.Join(' ', sentences.Select(sentence => sentence.Text));
        vectors[answer] = Perturb(sentences.Select(sentence => sentence.Vector), random);

        // Feedback as the store keeps it: the strengths and improvements joined by line breaks.
        var score = 30 + random.Next(66);
        var strength = pool.Strengths[random.Next(pool.Strengths.Count)];
        var improvement = pool.Improvements[random.Next(pool.Improvements.Count)];
        vectors[$"{strength.Text}\n{improvement.Text}"] = Perturb([strength.Vector, improvement.Vector], random);
        var id = $"{source.Kind.ToString().ToLowerInvariant()}-{index + 1}";

        var assessment = new QuestionAssessment
        {
            QuestionId = id,
            Section = source.Section,
            Question = questionText,
            Answer = answer,
            Relevance = new RelevanceVerdict(RelevanceLabel.Relevant, 0.6, "Generated."),
            Score = score,
            Strengths = [new Feedback(strength.Text)],
            Improvements = [new Feedback(improvement.Text)],
            AssessedBy = "offline",
        };

        return new ComposedQuestion(source, new InterviewQuestion { Id = id, Text = questionText, Answer = answer },
            assessment);
    }

    private static float[] Perturb(IEnumerable<float[]> parts, Random random)
    {
        var vector = new float[MiniLmEmbeddingGenerator.Dimensions];
        foreach (var part in parts)
        {
            TensorPrimitives.Add(vector, part, vector);
        }

        for (var dimension = 0; dimension < vector.Length; dimension++)
        {
            vector[dimension] += NoisePerDimension * Gaussian(random);
        }

        var length = TensorPrimitives.Norm(vector);
        TensorPrimitives.Divide(vector, length, vector);

        return vector;
    }

    // Box-Muller: one standard normal value from two uniform ones.
    private static float Gaussian(Random random) =>
        (float)(Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()));

    private sealed record ComposedQuestion(
        PoolQuestion Source,
        InterviewQuestion Transcript,
        QuestionAssessment Assessment);
}

/// <summary>
/// One generated interview: its report, its transcript and the vector of every text the store embeds.
/// </summary>
public sealed record GeneratedInterview(
    AssessmentReport Report,
    Transcript Transcript,
    IReadOnlyDictionary<string, float[]> Vectors);
