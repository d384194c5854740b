using AssessAgent.Assessment;
using AssessAgent.Transcripts;

namespace AssessAgent.Tests.Reporting;

/// <summary>Reports built by hand for the writer and checker tests; each is internally consistent.</summary>
internal static class SampleReports
{
    public static readonly DateTimeOffset GeneratedAt = new(2026, 2, 6, 10, 29, 0, TimeSpan.Zero);

    /// <summary>Every field set, a hire decision on a well-aligned interview, text that needs escaping.</summary>
    public static AssessmentReport Complete()
    {
        var screening = Question("screening-1", "Screening", "Tell me about yourself.", 80) with
        {
            Answer = "I'm Alex, a backend engineer; I built payment processing systems at a fintech startup.",
            Strengths = [new Feedback("Names concrete systems he built.", "built payment processing systems")],
            Improvements = [new Feedback("Could tie the experience to this role.")],
            Timestamps = new TimeRange(TimeSpan.FromSeconds(65), TimeSpan.FromSeconds(210)),
            PreviouslyReportedScore = 66,
            Breakdown = new ScoreBreakdown(0.9, 0.7, 0.8, "weighted-v1"),
        };
        var testing = Question("technical-1", "Technical", "How would you test gRPC services | end to end?", 74) with
        {
            Answer = "Unit tests on the handlers.\nThen grpcurl | jq for smoke tests, and *integration* tests.",
            Weight = 2,
            Strengths = [new Feedback("Covers several test levels.", "Unit tests on the handlers")],
            Timestamps = new TimeRange(TimeSpan.FromSeconds(215), null),
        };
        var caching = Question("technical-2", "Technical", "How would you use Redis for sessions?", 50) with
        {
            Answer = "I'd cache hot reads in Redis with a TTL.",
            Relevance = new RelevanceVerdict(
                RelevanceLabel.PartlyRelevant, 0.41, "It covers caching but not sessions.", "How do you cache reads?"),
            Improvements = [new Feedback("Does not say how sessions survive a pod restart.")],
            Flags = [new QuestionFlag("injection-attempt", "The answer asks the assessor to ignore its instructions.")],
        };

        return new AssessmentReport
        {
            Header = new ReportHeader(
                "Alex Thompson", "Staff Backend Engineer", new DateOnly(2026, 2, 6), TimeSpan.FromMinutes(45),
                "interviews/alex.json", "json"),
            Sections =
            [
                new SectionAssessment("Screening", SectionKind.Screening, 80, ScoreBand.Good, [screening]),
                new SectionAssessment("Technical", SectionKind.Technical, 66, ScoreBand.Fair, [testing, caching]),
            ],
            ExecutiveSummary = "Alex gave strong, specific answers on his background and on testing, "
                + "and a partial answer on sessions.",
            KeyStrengths =
                [new Finding("Concrete examples", "Names the systems he built.", ["screening-1", "technical-1"])],
            AreasForImprovement =
                [new Finding("Session design", "Did not explain session persistence.", ["technical-2"])],
            Diagnosis = new TranscriptDiagnosis(false, 0, 3, ["Timestamps come from the recording's captions."]),
            Recommendation = new HiringRecommendation(
                HiringDecision.LeanHire,
                0.72,
                "Specific answers on background and testing outweigh the partial answer on sessions.",
                ["Schedule a system design round.", "Ask again about session persistence."]),
            PreviouslyReported = new PreviousVerdictComparison(
                "Do Not Hire", 0.7, ["The earlier report recommended not hiring; this one leans to hire."]),
            Provenance = new Provenance(
                "ollama", "llama3.1:8b", "all-MiniLM-L6-v2", "2", "sha256:4f2a9c", GeneratedAt, "0.1.0",
                ["The offline assessor checked every relevance verdict."]),
        };
    }

    /// <summary>Nothing recorded but one unanswered question; the decision is inconclusive.</summary>
    public static AssessmentReport Minimal() => new()
    {
        Header = new ReportHeader(null, null, null, null, null, "unknown"),
        Sections =
        [
            new SectionAssessment("Interview", SectionKind.Other, 0, ScoreBand.Poor,
            [
                Question("interview-1", "Interview", "Why do you want this role?", 0) with
                {
                    Answer = null,
                    Relevance = new RelevanceVerdict(RelevanceLabel.NoAnswer, 0, "No answer was recorded."),
                },
            ]),
        ],
        ExecutiveSummary = "The transcript records a question but no answer, so there is nothing to assess.",
        Recommendation = new HiringRecommendation(
            HiringDecision.Inconclusive,
            0.9,
            "No answer was recorded, so the transcript cannot support a decision.",
            []),
        Provenance = new Provenance("offline", null, null, null, null, GeneratedAt, "0.1.0", []),
    };

    /// <summary>Like the seed report: answers that address other questions; the decision is inconclusive.</summary>
    public static AssessmentReport Misaligned()
    {
        var background = OffTopic("screening-1", "Screening", "How would you containerize a Python app?", 10,
            "Tell me about yourself.");
        var motivation = OffTopic("screening-2", "Screening", "How would you set up a Redis cache?", 12,
            "Why do you want this role?");
        var questions = Question("wrap-up-1", "Wrap Up", "Anything you'd like to ask us?", 60) with
        {
            Answer = "What would success look like in the first 90 days?",
            Strengths = [new Feedback("Asks about success criteria.", "success look like in the first 90 days")],
        };

        return new AssessmentReport
        {
            Header = new ReportHeader(
                "Alex Thompson", "Staff Backend Engineer", new DateOnly(2026, 2, 6), null, "seed.txt", "pdf-text"),
            Sections =
            [
                new SectionAssessment("Screening", SectionKind.Screening, 11, ScoreBand.Poor, [background, motivation]),
                new SectionAssessment("Wrap Up", SectionKind.WrapUp, 60, ScoreBand.Fair, [questions]),
            ],
            ExecutiveSummary = "Two of three answers address other questions than the ones asked; "
                + "the transcript looks misaligned.",
            KeyStrengths = [new Finding("Good questions", "Asked how success is measured.", ["wrap-up-1"])],
            AreasForImprovement = [new Finding("Answering the question", "Two answers miss their question.",
                ["screening-1", "screening-2"])],
            Diagnosis = new TranscriptDiagnosis(true, 2, 3, ["The duration is not recorded."]),
            Recommendation = new HiringRecommendation(
                HiringDecision.Inconclusive,
                0.85,
                "The Screening answers answer other questions, so they say nothing about the questions asked.",
                ["Check that the transcript pairs each answer with its question.", "Re-run the assessment."]),
            Provenance = new Provenance(
                "offline", null, "all-MiniLM-L6-v2", null, null, GeneratedAt, "0.1.0", []),
        };
    }

    public static QuestionAssessment Question(string id, string section, string text, int score) => new()
    {
        QuestionId = id,
        Section = section,
        Question = text,
        Answer = "An answer to the question.",
        Relevance = new RelevanceVerdict(RelevanceLabel.Relevant, 0.8, "The answer addresses the question."),
        Score = score,
        AssessedBy = "offline",
    };

    private static QuestionAssessment OffTopic(string id, string section, string text, int score, string instead) =>
        Question(id, section, text, score) with
        {
            Answer = $"An answer to \"{instead}\"",
            Relevance = new RelevanceVerdict(
                RelevanceLabel.OffTopic, 0.12, "The answer is about something else.", instead),
            Improvements = [new Feedback("Answer the question asked.")],
            Flags = [new QuestionFlag("misaligned", "The answer fits another question.")],
        };
}
