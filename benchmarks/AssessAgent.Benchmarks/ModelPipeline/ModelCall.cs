namespace AssessAgent.Benchmarks.ModelPipeline;

/// <summary>One simulated model call: its prompt function, token counts and the time the model took.</summary>
/// <param name="Function">The prompt function, as the title of the request's reply schema names it.</param>
/// <param name="PromptTokens">The prompt tokens the fake server reported.</param>
/// <param name="CompletionTokens">The completion tokens the fake server reported.</param>
/// <param name="ModelTime">How long the simulated model held the reply back.</param>
public sealed record ModelCall(string Function, int PromptTokens, int CompletionTokens, TimeSpan ModelTime)
{
    /// <summary>The prompt function of the one call per report that follows all the questions.</summary>
    public const string RecommendationFunction = "WriteRecommendation";

    /// <summary>Whether this is the recommendation call rather than one of a question's calls.</summary>
    public bool IsRecommendation => Function == RecommendationFunction;
}
