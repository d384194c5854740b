using System.Collections.Concurrent;
using AssessAgent.Assessment;
using AssessAgent.Transcripts;

namespace AssessAgent.Tests.Service;

/// <summary>
/// A fast assessor that counts how often it assessed each transcript (by its first answer), and can fail a set
/// number of times before it succeeds. Every answer scores 80 and the recommendation is always Hire.
/// </summary>
internal sealed class FakeInterviewAssessor(int failuresBeforeSuccess = 0) : IInterviewAssessor
{
    private int _failuresLeft = failuresBeforeSuccess;

    public ConcurrentDictionary<string, int> CallsByAnswer { get; } = new();

    public int Calls => CallsByAnswer.Values.Sum();

    public string Name => "fake";

    public Task<AssessmentReport> AssessAsync(Transcript transcript, CancellationToken cancellationToken = default)
    {
        var answer = transcript.AllQuestions.First().Answer ?? string.Empty;
        CallsByAnswer.AddOrUpdate(answer, 1, (_, count) => count + 1);

        if (Interlocked.Decrement(ref _failuresLeft) >= 0)
        {
            throw new InvalidOperationException("the fake model is down");
        }

        return Task.FromResult(Report(transcript));
    }

    // The questions and answers go into the report, so that the store tells one transcript's report from another's.
    private static AssessmentReport Report(Transcript transcript) => new()
    {
        Header = new ReportHeader(transcript.Candidate, null, null, null, transcript.Source.Path,
            transcript.Source.Format),
        Sections = [.. transcript.Sections.Select(section => new SectionAssessment(
            section.Name, section.Kind, 80, ScoreBands.For(80), [.. section.Questions.Select(question =>
                new QuestionAssessment
                {
                    QuestionId = question.Id,
                    Section = section.Name,
                    Question = question.Text,
                    Answer = question.Answer,
                    Relevance = new RelevanceVerdict(RelevanceLabel.Relevant, 0.9, "The fake finds it relevant."),
                    Score = 80,
                    AssessedBy = "fake",
                })]))],
        ExecutiveSummary = "A fake summary.",
        Recommendation = new HiringRecommendation(HiringDecision.Hire, 0.5, "The fake always hires.", []),
        Provenance = new Provenance("fake", null, null, null, null, DateTimeOffset.UnixEpoch, "test", []),
    };
}
