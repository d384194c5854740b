using AssessAgent.Assessment;
using AssessAgent.Evals.Cases;
using AssessAgent.Evals.Matching;
using AssessAgent.Transcripts;

namespace AssessAgent.Tests.Evals.Harness.Fakes;

/// <summary>
/// An assessor that knows the goldens: it finds the case by the transcript's file name and each question's golden
/// by the question's first words, and answers with the golden's own verdict, its score the middle of the range
/// moved by <see cref="ScoreShift"/>. It is blind to names, order and padding, so it never breaks an invariance.
/// </summary>
internal sealed class OracleAssessor(IReadOnlyList<EvalCase> cases, string name = "oracle") : IInterviewAssessor
{
    public string Name => name;

    /// <summary>Points added to every score, clamped to 0-100; 0 gives every score in range.</summary>
    public int ScoreShift { get; init; }

    /// <summary>The decision to give instead of the golden's first one, when set.</summary>
    public HiringDecision? Decision { get; init; }

    /// <summary>How many assessments it made.</summary>
    public int Calls { get; private set; }

    public Task<AssessmentReport> AssessAsync(Transcript transcript, CancellationToken cancellationToken = default)
    {
        Calls++;
        var caseName = Path.GetFileName(transcript.Source.Path);
        var golden = cases.First(evalCase => evalCase.Name == caseName).Golden;

        var sections = transcript.Sections.Select(section => new SectionAssessment(section.Name, section.Kind, 50,
            ScoreBand.Fair, section.Questions.Select(question => Assess(golden, section, question)).ToList())).ToList();

        var report = new AssessmentReport
        {
            Header = new ReportHeader(transcript.Candidate, null, null, null, null, "test"),
            Sections = sections,
            ExecutiveSummary = "Summary.",
            Diagnosis = new TranscriptDiagnosis(golden.Misaligned, 0, 0, []),
            Recommendation = new HiringRecommendation(Decision ?? golden.Recommendations[0], 0.7, "Because.", []),
            Provenance = new Provenance(name, null, null, null, null, DateTimeOffset.UnixEpoch, "test", [])
            {
                Usage = new ModelUsage(2, 100, 20),
            },
        };

        return Task.FromResult(report);
    }

    private QuestionAssessment Assess(
        AssessAgent.Evals.Goldens.GoldenReport golden,
        TranscriptSection section,
        InterviewQuestion question)
    {
        var expected = golden.Questions.FirstOrDefault(candidate =>
            QuestionMatcher.StartsWith(question.Text, candidate.QuestionStartsWith));
        var score = expected is null ? 50 : (int)Math.Clamp(expected.MidScore + ScoreShift, 0, 100);

        return new QuestionAssessment
        {
            QuestionId = question.Id,
            Section = section.Name,
            Question = question.Text,
            Answer = question.Answer,
            Relevance = new RelevanceVerdict(expected?.Relevance ?? RelevanceLabel.Relevant, 0.5, "Oracle."),
            Score = score,
            Strengths = (expected?.StrengthThemes ?? []).Select(theme => new Feedback(theme)).ToList(),
            Improvements = (expected?.ImprovementThemes ?? []).Select(theme => new Feedback(theme)).ToList(),
            Flags = (expected?.Flags ?? []).Select(flag => new QuestionFlag(flag, "Oracle.")).ToList(),
            AssessedBy = name,
        };
    }
}
