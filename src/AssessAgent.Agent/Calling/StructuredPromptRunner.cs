using System.Diagnostics;
using System.Text.Json;
using AssessAgent.Agent.Configuration;
using AssessAgent.Agent.Logging;
using AssessAgent.Agent.Ollama;
using AssessAgent.Agent.Prompts;
using AssessAgent.Agent.Replies;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace AssessAgent.Agent.Calling;

/// <summary>
/// Runs one prompt function for a JSON reply: refuses a prompt that would not fit the context, sends the reply
/// schema and sampling options, reads the reply out of fences, reasoning and chatter, validates it, and asks again
/// once when it is invalid (with the validation errors) or cut off (with twice the budget). A prompt that Ollama
/// truncated is never used.
/// </summary>
public sealed class StructuredPromptRunner(
    Kernel kernel,
    IOptions<OllamaOptions> options,
    ILogger<StructuredPromptRunner> logger)
{
    /// <summary>The template variable that carries the validation errors into the one retry.</summary>
    public const string CorrectionVariable = "correction";

    private readonly OllamaOptions _options = options.Value;

    /// <summary>
    /// Calls <paramref name="function"/> with <paramref name="variables"/> for the question (or other part of the
    /// report) named <paramref name="subject"/>.
    /// </summary>
    /// <exception cref="AgentException">Ollama cannot be used at all (not running, model missing, and the like).
    /// </exception>
    public async Task<StructuredReply> RunAsync(
        PromptFunction function,
        IReadOnlyDictionary<string, string> variables,
        string subject,
        CancellationToken cancellationToken = default)
    {
        var estimate = Estimate(function, variables);
        var budget = function.MaxTokens ?? _options.MaxReplyTokens;
        if (estimate + budget > _options.ContextSize)
        {
            AgentLog.PromptTooLarge(logger, function.FullName, subject, estimate, budget, _options.ContextSize);

            return StructuredReply.Failed(
                ModelCallFailure.ContextOverflow,
                $"The {function.FullName} prompt needs about {estimate} tokens plus {budget} for the reply, more " +
                $"than the context of {_options.ContextSize} (Ollama:ContextSize); it was not sent.");
        }

        var correction = "";
        var lengthRetried = false;
        var invalidRetried = false;
        while (true)
        {
            var attempt = await InvokeAsync(function, variables, correction, budget, subject, cancellationToken);
            if (attempt.Failure is { } failed)
            {
                return failed;
            }

            var stats = attempt.Stats;
            if (IsTruncated(stats, estimate))
            {
                return StructuredReply.Failed(
                    ModelCallFailure.Truncated,
                    $"Ollama evaluated {stats?.PromptTokens} prompt tokens of about {estimate} sent for " +
                    $"{function.FullName}: the prompt was truncated, so the reply was not used.");
            }

            if (stats?.HitLengthLimit == true)
            {
                if (!lengthRetried && estimate + budget * 2 <= _options.ContextSize)
                {
                    lengthRetried = true;
                    budget *= 2;
                    AgentLog.RetryingCutOffReply(logger, function.FullName, subject, budget);

                    continue;
                }

                return StructuredReply.Failed(
                    ModelCallFailure.CutOff,
                    $"The {function.FullName} reply was cut off at its budget of {budget} tokens " +
                    $"(done_reason \"length\"){(lengthRetried ? " twice" : "")}.");
            }

            var errors = Read(function, attempt.Text, out var value);
            if (errors.Count == 0)
            {
                return StructuredReply.Success(value);
            }

            if (invalidRetried)
            {
                return StructuredReply.Failed(
                    ModelCallFailure.InvalidReply,
                    $"The {function.FullName} reply was invalid twice: {string.Join("; ", errors)}.");
            }

            invalidRetried = true;
            correction = CorrectionFor(errors);
            AgentLog.RetryingInvalidReply(logger, function.FullName, subject, string.Join("; ", errors));
        }
    }

    private int Estimate(PromptFunction function, IReadOnlyDictionary<string, string> variables)
    {
        // Only what the template places is sent: the per-answer functions share one set of variables, and the
        // other questions, which only the relevance and combined prompts place, would otherwise count for all.
        var placed = variables.Where(variable => function.Variables.Contains(variable.Key));
        var characters = function.TemplateLength + placed.Sum(variable => variable.Value.Length);

        return TokenEstimator.Estimate(characters, _options.CharsPerToken);
    }

    private bool IsTruncated(ChatReplyStats? stats, int estimate) =>
        stats?.PromptTokens is { } evaluated && evaluated < estimate * _options.TruncationRatio;

    private async Task<Attempt> InvokeAsync(
        PromptFunction function,
        IReadOnlyDictionary<string, string> variables,
        string correction,
        int budget,
        string subject,
        CancellationToken cancellationToken)
    {
        var arguments = new KernelArguments(SettingsFor(function, budget));
        foreach (var (name, value) in variables)
        {
            arguments[name] = value;
        }

        arguments[CorrectionVariable] = correction;

        using var scope = ModelCallScope.Begin();
        var stopwatch = Stopwatch.StartNew();
        string text;
        try
        {
            var result = await function.Function.InvokeAsync(kernel, arguments, cancellationToken);
            text = result.GetValue<string>() ?? result.ToString();
        }
        catch (AgentException exception) when (exception.Failure == AgentFailure.TimedOut)
        {
            return new Attempt("", null, StructuredReply.Failed(ModelCallFailure.TimedOut, exception.Message));
        }
        catch (KernelException exception) when (FindAgentException(exception) is { } inner)
        {
            throw inner;
        }

        var stats = scope.LastReply;
        foreach (var reply in scope.Replies)
        {
            RunRecord.Current?.AddCall(reply);
        }

        AgentLog.ModelCalled(
            logger, function.FullName, subject, stats?.PromptTokens, stats?.CompletionTokens, stats?.DoneReason,
            stopwatch.ElapsedMilliseconds);
        AgentLog.ModelReply(logger, function.FullName, subject, text);

        return new Attempt(text, stats, null);
    }

    private PromptExecutionSettings SettingsFor(PromptFunction function, int budget)
    {
        var data = new Dictionary<string, object>(function.Settings.ExtensionData ?? new Dictionary<string, object>())
        {
            ["temperature"] = _options.Temperature,
            ["seed"] = _options.Seed,
            ["num_ctx"] = _options.ContextSize,
            ["max_tokens"] = budget,
        };
        if (_options.KeepAlive is { Length: > 0 } keepAlive)
        {
            data["keep_alive"] = keepAlive;
        }

        if (_options.Think is { } think)
        {
            data["think"] = think;
        }

        return new PromptExecutionSettings { ModelId = _options.Model, ExtensionData = data };
    }

    private static IReadOnlyList<string> Read(PromptFunction function, string text, out JsonElement value)
    {
        if (!ReplyReader.TryRead(text, out value, out var error))
        {
            return [error];
        }

        return ReplyValidator.Validate(function.ReplySchema, value);
    }

    private static string CorrectionFor(IReadOnlyList<string> errors) =>
        "Your previous reply could not be used: " + string.Join("; ", errors) +
        ". Reply again with only the JSON object the schema describes, every value within its allowed range.";

    private static AgentException? FindAgentException(Exception exception)
    {
        for (var current = exception.InnerException; current is not null; current = current.InnerException)
        {
            if (current is AgentException agentException)
            {
                return agentException;
            }
        }

        return null;
    }

    private sealed record Attempt(string Text, ChatReplyStats? Stats, StructuredReply? Failure);
}
