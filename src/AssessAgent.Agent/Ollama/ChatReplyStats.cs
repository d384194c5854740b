namespace AssessAgent.Agent.Ollama;

/// <summary>What Ollama's final chat line says about a reply: why it ended and how many tokens it took.</summary>
/// <param name="DoneReason">Ollama's <c>done_reason</c>, such as <c>stop</c> or <c>length</c>.</param>
/// <param name="PromptTokens">Ollama's <c>prompt_eval_count</c>: the prompt tokens it evaluated.</param>
/// <param name="CompletionTokens">Ollama's <c>eval_count</c>: the tokens it generated.</param>
/// <param name="Model">The model that answered, as Ollama names it.</param>
public sealed record ChatReplyStats(string? DoneReason, int? PromptTokens, int? CompletionTokens, string? Model)
{
    /// <summary>Whether the reply stopped because it reached its token budget.</summary>
    public bool HitLengthLimit => string.Equals(DoneReason, "length", StringComparison.OrdinalIgnoreCase);
}
