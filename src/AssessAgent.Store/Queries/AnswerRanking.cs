namespace AssessAgent.Store.Queries;

/// <summary>The answers to one stored question, ranked by score.</summary>
/// <param name="Question">The stored question that matched the request best, as first asked.</param>
/// <param name="Match">How well it matched: the cosine similarity of the request to the question's text.</param>
/// <param name="QuestionVariants">
/// How many differently worded stored questions were taken as this one (1 when it was always asked alike).
/// </param>
/// <param name="Answers">The answers, best or worst first as asked, at most the request's limit.</param>
/// <param name="AnswerCount">How many answers the question has in all, unanswered ones left out.</param>
/// <param name="CandidateCount">How many different candidates answered it.</param>
public sealed record AnswerRanking(
    string Question,
    double? Match,
    int QuestionVariants,
    IReadOnlyList<RankedAnswer> Answers,
    int AnswerCount,
    int CandidateCount);
