using AssessAgent.Assessment.Offline;
using AssessAgent.Transcripts;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AssessAgent.Tests.Assessment;

/// <summary>Small transcripts written in tests, and the offline analyzer over the shared test embeddings.</summary>
internal static class TestTranscripts
{
    /// <summary>The offline analyzer with <paramref name="options"/>, or with the defaults when null.</summary>
    public static EmbeddingRelevanceAnalyzer Analyzer(RelevanceAnalyzerOptions? options = null) =>
        new(TestEmbeddings.Generator, Options.Create(options ?? new RelevanceAnalyzerOptions()),
            NullLogger<EmbeddingRelevanceAnalyzer>.Instance);

    /// <summary>A transcript of one section per distinct section name, questions numbered within it.</summary>
    public static Transcript Build(params (SectionKind Section, string Question, string? Answer)[] questions) =>
        new()
        {
            Candidate = "Test Candidate",
            Sections = questions
                .GroupBy(question => question.Section)
                .Select(group => new TranscriptSection(group.Key.ToString(), group.Key, group
                    .Select((question, index) => new InterviewQuestion
                    {
                        Id = $"{group.Key.ToString().ToLowerInvariant()}-{index + 1}",
                        Text = question.Question,
                        Answer = question.Answer,
                    })
                    .ToList()))
                .ToList(),
        };
}
