using Microsoft.Extensions.AI;

namespace AssessAgent.LanguageModels;

/// <summary>
/// Wraps the language model's chat client, such as with a response cache. The agent applies every registered
/// decorator to the model server's client, in registration order (the last registered ends up outermost), so
/// that features like the eval harness's cache reach the model calls without the agent depending on them.
/// </summary>
public interface IChatClientDecorator
{
    IChatClient Decorate(IChatClient inner);
}
