using Microsoft.Extensions.Logging;

namespace AssessAgent.Agent.Logging;

/// <summary>
/// The language-model path's log messages. Candidate text (answers, replies) is logged only at Trace; everything
/// else names questions by id.
/// </summary>
internal static partial class AgentLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information,
        Message = "Assessing with Ollama model {Model} (server {ServerVersion}, digest {Digest})")]
    public static partial void UsingOllama(ILogger logger, string model, string serverVersion, string? digest);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "{Notice}")]
    public static partial void FellBackToOffline(ILogger logger, string notice);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Debug,
        Message = "{Function} for {QuestionId}: {PromptTokens} prompt tokens, {CompletionTokens} reply tokens, " +
            "done_reason {DoneReason}, {ElapsedMs} ms")]
    public static partial void ModelCalled(
        ILogger logger,
        string function,
        string questionId,
        int? promptTokens,
        int? completionTokens,
        string? doneReason,
        long elapsedMs);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Trace, Message = "{Function} for {QuestionId} replied: {Reply}")]
    public static partial void ModelReply(ILogger logger, string function, string questionId, string reply);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Warning,
        Message = "{Function} for {QuestionId}: the prompt needs about {Estimate} tokens plus {Budget} for the " +
            "reply, more than the context of {ContextSize}; not sent")]
    public static partial void PromptTooLarge(
        ILogger logger,
        string function,
        string questionId,
        int estimate,
        int budget,
        int contextSize);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Information,
        Message = "{Function} for {QuestionId}: the reply was cut off; asking again with {Budget} tokens")]
    public static partial void RetryingCutOffReply(ILogger logger, string function, string questionId, int budget);

    [LoggerMessage(EventId = 4007, Level = LogLevel.Information,
        Message = "{Function} for {QuestionId}: the reply was invalid ({Errors}); asking again once")]
    public static partial void RetryingInvalidReply(ILogger logger, string function, string questionId, string errors);

    [LoggerMessage(EventId = 4008, Level = LogLevel.Warning,
        Message = "{QuestionId}: the model's assessment was not used ({Failure}); the offline assessment stands")]
    public static partial void FellBackForQuestion(ILogger logger, string questionId, string failure);

    [LoggerMessage(EventId = 4009, Level = LogLevel.Information,
        Message = "{QuestionId}: flagged {FlagKind}")]
    public static partial void QuestionFlagged(ILogger logger, string questionId, string flagKind);

    [LoggerMessage(EventId = 4010, Level = LogLevel.Information,
        Message = "Report done with {ModelCalls} model calls, {PromptTokens} prompt tokens, " +
            "{CompletionTokens} reply tokens")]
    public static partial void UsageTotals(ILogger logger, int modelCalls, long promptTokens, long completionTokens);

    [LoggerMessage(EventId = 4011, Level = LogLevel.Warning,
        Message = "The model's recommendation was not used ({Failure}); the offline recommendation stands")]
    public static partial void FellBackForRecommendation(ILogger logger, string failure);
}
