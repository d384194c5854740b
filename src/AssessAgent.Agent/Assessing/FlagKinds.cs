namespace AssessAgent.Agent.Assessing;

/// <summary>The kinds of <see cref="AssessAgent.Assessment.QuestionFlag"/> the language-model path adds.</summary>
public static class FlagKinds
{
    /// <summary>
    /// The model's reply could not be used (invalid twice, cut off twice, timed out); the offline assessment stands.
    /// </summary>
    public const string ModelFallback = "model-fallback";

    /// <summary>Ollama cut the prompt; the reply was not used and the offline assessment stands.</summary>
    public const string Truncated = "truncated";

    /// <summary>The prompt would not fit the context window and was not sent; the offline assessment stands.</summary>
    public const string ContextOverflow = "context-overflow";

    /// <summary>
    /// The embedding check found the answer off-topic but the model scored it above 25; capped at 25.
    /// </summary>
    public const string RelevanceDisagreement = "relevance-disagreement";

    /// <summary>Quotes the model gave as evidence that do not occur in the answer were dropped.</summary>
    public const string EvidenceDropped = "evidence-dropped";

    /// <summary>The answer tries to instruct the assessor; its score is capped at the offline score.</summary>
    public const string InjectionAttempt = "injection-attempt";
}
