namespace AssessAgent.Agent.Calling;

/// <summary>
/// Estimates a prompt's size in tokens from its length in characters. English prose runs at about four
/// characters per token for the usual tokenizers; dividing by a smaller number (<c>Ollama:CharsPerToken</c>,
/// default 3) over-estimates, which is the safe side for refusing a prompt that would not fit.
/// </summary>
public static class TokenEstimator
{
    /// <summary>Tokens Ollama's chat template adds around each message, roughly.</summary>
    public const int TemplateOverheadTokens = 32;

    public static int Estimate(int characters, double charsPerToken) =>
        (int)Math.Ceiling(characters / charsPerToken) + TemplateOverheadTokens;
}
