namespace AssessAgent.Tests.Agent.FakeOllama;

/// <summary>What the fake server does with one <c>/api/chat</c> request.</summary>
public abstract record FakeChatReply
{
    /// <summary>A normal reply with the given content.</summary>
    /// <param name="Content">The message content.</param>
    /// <param name="DoneReason">The final line's <c>done_reason</c>.</param>
    /// <param name="PromptEvalCount">
    /// The final line's <c>prompt_eval_count</c>; <see langword="null"/> means a realistic count of a quarter of the
    /// request's message characters.
    /// </param>
    /// <param name="Thinking">Reasoning text sent in Ollama's separate <c>message.thinking</c> field.</param>
    public sealed record Answer(
        string Content,
        string DoneReason = "stop",
        int? PromptEvalCount = null,
        string? Thinking = null) : FakeChatReply;

    /// <summary>An HTTP error with Ollama's JSON error body.</summary>
    public sealed record Error(int Status, string Message) : FakeChatReply;

    /// <summary>No reply at all until the request is abandoned.</summary>
    public sealed record Stall : FakeChatReply;

    /// <summary>A reply asking the caller to run one tool (function) with the given JSON arguments.</summary>
    public sealed record ToolCall(string Name, string ArgumentsJson = "{}") : FakeChatReply;

    /// <summary>A 200 reply whose stream carries an error line instead of a final line.</summary>
    public sealed record StreamError(string Message) : FakeChatReply;
}
