using Json.Schema;
using Microsoft.SemanticKernel;

namespace AssessAgent.Agent.Prompts;

/// <summary>One prompt function loaded from <c>prompts/VERSION/PLUGIN/FUNCTION/</c>, with its reply schema.</summary>
/// <param name="Plugin">The plugin folder's name, such as <c>Scoring</c>.</param>
/// <param name="Name">The function folder's name, such as <c>ScoreAnswer</c>.</param>
/// <param name="Function">The kernel function built from <c>skprompt.txt</c> and <c>config.json</c>.</param>
/// <param name="Settings">The execution settings <c>config.json</c> gives, the reply schema among them.</param>
/// <param name="ReplySchema">The schema of the JSON reply, sent to Ollama as <c>format</c>.</param>
/// <param name="MaxTokens">The reply budget <c>config.json</c> sets as <c>max_tokens</c>, if it does.</param>
/// <param name="TemplateLength">The template's length in characters, for the prompt-size estimate.</param>
/// <param name="Variables">
/// The names of the variables the template places (<c>{{$name}}</c>): only their values count towards the
/// prompt-size estimate, since a variable the template does not use is never sent.
/// </param>
public sealed record PromptFunction(
    string Plugin,
    string Name,
    KernelFunction Function,
    PromptExecutionSettings Settings,
    JsonSchema ReplySchema,
    int? MaxTokens,
    int TemplateLength,
    IReadOnlySet<string> Variables)
{
    /// <summary>The function's name as <c>Plugin/Function</c>, for messages and logs.</summary>
    public string FullName => $"{Plugin}/{Name}";
}
