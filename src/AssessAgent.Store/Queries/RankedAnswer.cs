using AssessAgent.Assessment;

namespace AssessAgent.Store.Queries;

/// <summary>One stored answer in a ranking by score, with what it needs to be cited.</summary>
/// <param name="AssessmentId">The stored assessment it belongs to.</param>
/// <param name="Candidate">The candidate, when recorded.</param>
/// <param name="Position">The position, when recorded.</param>
/// <param name="InterviewDate">The interview's day, when recorded.</param>
/// <param name="QuestionId">The question's id within its transcript.</param>
/// <param name="Section">The section's name.</param>
/// <param name="Question">The question as it was asked in this interview.</param>
/// <param name="Answer">The candidate's answer.</param>
/// <param name="Score">The answer's score, 0-100.</param>
/// <param name="Relevance">Whether the answer addressed the question.</param>
/// <param name="AskedAt">When the question was asked, when the transcript had timestamps.</param>
public sealed record RankedAnswer(
    string AssessmentId,
    string? Candidate,
    string? Position,
    DateOnly? InterviewDate,
    string QuestionId,
    string Section,
    string Question,
    string? Answer,
    int Score,
    RelevanceLabel Relevance,
    TimeSpan? AskedAt)
{
    public ScoreBand Band => ScoreBands.For(Score);
}
