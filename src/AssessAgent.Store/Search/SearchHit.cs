using AssessAgent.Assessment;

namespace AssessAgent.Store.Search;

/// <summary>One stored question and answer that matches a search, with what it needs to be cited.</summary>
/// <param name="AssessmentId">The stored assessment it belongs to.</param>
/// <param name="Candidate">The candidate, when recorded.</param>
/// <param name="Position">The position, when recorded.</param>
/// <param name="InterviewDate">The interview's day, when recorded.</param>
/// <param name="QuestionId">The question's id within its transcript.</param>
/// <param name="Section">The section's name.</param>
/// <param name="Question">The question as asked.</param>
/// <param name="Answer">The candidate's answer, when one was recorded.</param>
/// <param name="Score">The answer's score, 0-100.</param>
/// <param name="Relevance">Whether the answer addressed the question.</param>
/// <param name="AskedAt">When the question was asked, when the transcript had timestamps.</param>
/// <param name="AnsweredUntil">When the answer ended, when the transcript had timestamps.</param>
/// <param name="Rank">The fused ranking's evidence for this hit.</param>
public sealed record SearchHit(
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
    TimeSpan? AskedAt,
    TimeSpan? AnsweredUntil,
    HitRank Rank)
{
    public ScoreBand Band => ScoreBands.For(Score);
}

/// <summary>Why a hit ranks where it does.</summary>
/// <param name="FusedScore">The reciprocal-rank-fusion score: the sum of 1/(k + rank) over both rankings.</param>
/// <param name="KeywordRank">The hit's place in the keyword ranking (1 = best), when it matched by keyword.</param>
/// <param name="SemanticRank">The hit's place in the embedding ranking (1 = best), when ranked by embedding.</param>
/// <param name="Similarity">The best cosine similarity of the query to the question, answer or feedback.</param>
public sealed record HitRank(double FusedScore, int? KeywordRank, int? SemanticRank, double? Similarity);
