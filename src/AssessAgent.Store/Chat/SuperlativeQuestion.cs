using System.Text.RegularExpressions;
using AssessAgent.Store.Queries;

namespace AssessAgent.Store.Chat;

/// <summary>
/// A question that asks for the top or the bottom of a ranking, such as "who answered the Redis session question
/// best?" or "which candidate gave the weakest answer on conflict?": which end it asks for, and the words left when
/// the superlative and the phrasing ("who", "answered", "question" ...) are taken out, which name the question.
/// </summary>
/// <param name="Order">Best or worst first.</param>
/// <param name="Topic">
/// The words that name the question; empty when the question names none ("who is the best?").
/// </param>
internal sealed partial record SuperlativeQuestion(RankingOrder Order, string Topic)
{
    private static readonly HashSet<string> BestWords =
        ["best", "highest", "strongest", "top", "greatest", "finest"];

    private static readonly HashSet<string> WorstWords =
        ["worst", "lowest", "weakest", "poorest", "bottom"];

    // The words a superlative question is phrased with, which say nothing about which question is meant.
    private static readonly HashSet<string> PhrasingWords =
    [
        "a", "about", "an", "answer", "answered", "answering", "answers", "are", "at", "candidate", "candidates",
        "did", "do", "does", "for", "gave", "give", "given", "got", "had", "handled", "has", "in", "interview",
        "interviewee", "interviewees", "interviews", "is", "me", "of", "on", "one", "overall", "people",
        "performed", "person", "question", "questions", "replied", "reply", "responded", "response", "s",
        "score", "scored", "scores", "scoring", "show", "tell", "the", "to", "was", "were", "what", "which", "who",
        "whom", "whose",
    ];

    /// <summary>
    /// Reads a question as a superlative one, or returns <see langword="null"/> when it has no superlative or
    /// asks for an aggregate ("the lowest average"), which statistics answer instead.
    /// </summary>
    public static SuperlativeQuestion? TryParse(string question)
    {
        if (AggregateWords().IsMatch(question))
        {
            return null;
        }

        var words = Words().Matches(question).Select(match => match.Value.ToLowerInvariant()).ToList();
        var best = words.Any(BestWords.Contains);
        var worst = words.Any(WorstWords.Contains);
        if (best == worst)
        {
            // Neither, or both ("the best and the worst"), which one ranking cannot answer.
            return null;
        }

        // A quoted question is taken as it is, since its own words may be phrasing words ("what questions ...").
        var quoted = Quoted().Match(question);
        var topic = quoted.Success
            ? quoted.Groups[1].Value.Trim()
            : string.Join(' ', words.Where(word => !PhrasingWords.Contains(word) && !BestWords.Contains(word)
                && !WorstWords.Contains(word)));

        return new SuperlativeQuestion(best ? RankingOrder.Best : RankingOrder.Worst, topic);
    }

    [GeneratedRegex(@"\b(how many|how often|number of|count|average|mean|avg)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AggregateWords();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Words();

    [GeneratedRegex(@"[""“”]([^""“”]{3,})[""“”]")]
    private static partial Regex Quoted();
}
