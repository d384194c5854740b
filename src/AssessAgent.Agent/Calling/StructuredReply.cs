using System.Text.Json;

namespace AssessAgent.Agent.Calling;

/// <summary>The outcome of one structured model call: a reply that matches its schema, or why there is none.</summary>
public sealed record StructuredReply
{
    private StructuredReply(JsonElement value, ModelCallFailure? failure, string? message)
    {
        Value = value;
        Failure = failure;
        Message = message;
    }

    /// <summary>The reply, valid against its schema, when <see cref="Succeeded"/>.</summary>
    public JsonElement Value { get; }

    /// <summary>Why the call gave no usable reply, when it did not succeed.</summary>
    public ModelCallFailure? Failure { get; }

    /// <summary>A sentence for the report saying what went wrong, when the call did not succeed.</summary>
    public string? Message { get; }

    public bool Succeeded => Failure is null;

    public static StructuredReply Success(JsonElement value) => new(value, null, null);

    public static StructuredReply Failed(ModelCallFailure failure, string message) => new(default, failure, message);
}

/// <summary>Why a model call gave no usable reply; each becomes a question flag of the same name.</summary>
public enum ModelCallFailure
{
    /// <summary>The reply did not match its schema, twice.</summary>
    InvalidReply,

    /// <summary>Ollama evaluated far fewer prompt tokens than were sent: it cut the prompt.</summary>
    Truncated,

    /// <summary>The reply hit its token budget, twice.</summary>
    CutOff,

    /// <summary>The prompt would not fit the context window, so it was not sent.</summary>
    ContextOverflow,

    /// <summary>The call did not finish within the configured timeout.</summary>
    TimedOut,
}
