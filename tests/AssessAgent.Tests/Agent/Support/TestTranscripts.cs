using AssessAgent.Transcripts;

namespace AssessAgent.Tests.Agent.Support;

/// <summary>Small transcripts for the language-model tests.</summary>
internal static class TestTranscripts
{
    public const string CachingAnswer =
        "I would put a read-through cache in front of the catalogue service, with a short TTL and explicit " +
        "invalidation when a product changes, and measure the hit rate before and after.";

    public static Transcript OneQuestion(string answer, string id = "technical-1") => new()
    {
        Candidate = "Test Candidate",
        Position = "Backend Engineer",
        Sections =
        [
            new TranscriptSection("Technical", SectionKind.Technical,
            [
                new InterviewQuestion
                {
                    Id = id,
                    Text = "How would you reduce the load that product page views put on the catalogue database?",
                    Answer = answer,
                },
            ]),
        ],
    };

    public static Transcript Questions(int count) => new()
    {
        Candidate = "Test Candidate",
        Position = "Backend Engineer",
        Sections =
        [
            new TranscriptSection("Technical", SectionKind.Technical,
            [
                .. Enumerable.Range(1, count).Select(index => new InterviewQuestion
                {
                    Id = $"technical-{index}",
                    Text = $"Question number {index}: how would you reduce database load?",
                    Answer = CachingAnswer,
                }),
            ]),
        ],
    };
}
