using AssessAgent.Assessment;
using AssessAgent.Transcripts;

namespace AssessAgent.Tests.Store;

/// <summary>One question of a sample interview: its section, id, text, answer and score.</summary>
internal sealed record SampleQuestion(
    string Section,
    string Id,
    string Question,
    string? Answer,
    int Score,
    TimeSpan? AskedAt = null,
    string? Strength = null,
    RelevanceLabel? Relevance = null);

/// <summary>Builds small reports and transcripts to store.</summary>
internal static class StoreSamples
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    public static readonly SampleQuestion[] BackendInterview =
    [
        new("Screening", "screening-1", "Why do you want to join our team?",
            "I like the product and I want to work on distributed systems at scale.", 72,
            TimeSpan.FromSeconds(30), "Clear motivation"),
        new("Technical", "technical-1", "How would you scale a relational database for heavy reads?",
            "I would add read replicas, cache hot rows in Redis and shard by tenant when one primary is not enough.",
            88, TimeSpan.FromMinutes(5), "Concrete scaling steps"),
        new("Technical", "technical-2", "Explain how garbage collection works in .NET.",
            "Generations zero, one and two; the runtime compacts the heap and large objects live apart.", 64,
            TimeSpan.FromMinutes(12)),
        new("Behavioral", "behavioral-1", "Tell me about a conflict with a colleague.",
            "We disagreed about code review style, so we wrote a checklist together and the arguments stopped.", 58,
            TimeSpan.FromMinutes(20)),
    ];

    public static (AssessmentReport Report, Transcript Transcript) Interview(
        string? candidate = "Ada Example",
        string? position = "Backend Engineer",
        DateOnly? date = null,
        HiringDecision decision = HiringDecision.Hire,
        string promptVersion = "v1",
        string? model = null,
        IReadOnlyList<SampleQuestion>? questions = null)
    {
        questions ??= BackendInterview;
        date ??= new DateOnly(2026, 11, 2);

        var transcript = new Transcript
        {
            Candidate = candidate,
            Position = position,
            InterviewDate = date,
            Duration = TimeSpan.FromMinutes(45),
            Source = new TranscriptSource("/tmp/interview.json", "json"),
            Sections = questions
                .GroupBy(question => question.Section)
                .Select(group => new TranscriptSection(group.Key, KindOf(group.Key), group.Select(ToQuestion).ToList()))
                .ToList(),
        };

        var report = new AssessmentReport
        {
            Header = new ReportHeader(candidate, position, date, transcript.Duration, "/tmp/interview.json", "json"),
            Sections = questions
                .GroupBy(question => question.Section)
                .Select(group => new SectionAssessment(
                    group.Key,
                    KindOf(group.Key),
                    (int)group.Average(question => question.Score),
                    ScoreBands.For((int)group.Average(question => question.Score)),
                    group.Select(ToAssessment).ToList()))
                .ToList(),
            ExecutiveSummary = "A solid interview with concrete answers.",
            Recommendation = new HiringRecommendation(decision, 0.7, "The answers are on topic.", ["Team interview"]),
            Provenance = new Provenance(
                model is null ? "offline" : "ollama", model, "all-MiniLM-L6-v2", promptVersion, "abc123",
                new DateTimeOffset(2026, 11, 3, 9, 30, 0, TimeSpan.Zero), "0.1.0", ["sample"]),
        };

        return (report, transcript);
    }

    private static InterviewQuestion ToQuestion(SampleQuestion sample) =>
        new()
        {
            Id = sample.Id,
            Text = sample.Question,
            Answer = sample.Answer,
            Turns = sample.AskedAt is { } asked
                ? [new Turn(SpeakerRole.Interviewer, "Interviewer", sample.Question, asked, asked.Add(Second))]
                : [],
        };

    private static QuestionAssessment ToAssessment(SampleQuestion sample) =>
        new()
        {
            QuestionId = sample.Id,
            Section = sample.Section,
            Question = sample.Question,
            Answer = sample.Answer,
            Relevance = new RelevanceVerdict(
                sample.Relevance ?? (sample.Answer is null ? RelevanceLabel.NoAnswer : RelevanceLabel.Relevant),
                0.6,
                "On topic."),
            Score = sample.Score,
            Strengths = sample.Strength is null ? [] : [new Feedback(sample.Strength, sample.Answer)],
            Improvements = [new Feedback("Could quantify the outcome.")],
            Timestamps = sample.AskedAt is { } asked ? new TimeRange(asked, asked + TimeSpan.FromMinutes(3)) : null,
            AssessedBy = "offline",
        };

    private static SectionKind KindOf(string section) =>
        Enum.TryParse<SectionKind>(section.Replace(" ", string.Empty), out var kind) ? kind : SectionKind.Other;
}
