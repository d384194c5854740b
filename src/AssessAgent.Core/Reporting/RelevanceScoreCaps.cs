using AssessAgent.Assessment;

namespace AssessAgent.Reporting;

/// <summary>
/// The highest score an answer may get for its relevance verdict: an answer that misses its question cannot be
/// good, however well it answers another one.
/// </summary>
public static class RelevanceScoreCaps
{
    /// <value>25: an off-topic answer stays within the Poor band.</value>
    public const int OffTopic = 25;

    /// <value>50: a partly relevant answer reaches Fair at most.</value>
    public const int PartlyRelevant = 50;

    /// <value>0: no answer, no score.</value>
    public const int NoAnswer = 0;

    /// <summary>The highest score allowed for <paramref name="label"/>; 100 for a relevant answer.</summary>
    public static int For(RelevanceLabel label) => label switch
    {
        RelevanceLabel.OffTopic => OffTopic,
        RelevanceLabel.PartlyRelevant => PartlyRelevant,
        RelevanceLabel.NoAnswer => NoAnswer,
        _ => 100,
    };
}
