using AssessAgent.Agent.Calling;
using AssessAgent.Agent.Configuration;
using AssessAgent.Agent.Logging;
using AssessAgent.Agent.Prompts;
using AssessAgent.Assessment;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AssessAgent.Agent.Assessing;

/// <summary>
/// Assesses an answer with the language model, checked by <see cref="AnswerGuards"/>. The offline assessment is
/// made for every answer, beside the model's calls: it is the fallback when the model's reply cannot be used, and
/// the ceiling for an answer that tries to instruct the assessor. With the Separate plan the relevance check comes
/// first, and the score and the feedback, which do not depend on each other, are asked at the same time; the
/// runner keeps the calls in flight within <c>Ollama:MaxParallelism</c>.
/// </summary>
public sealed class OllamaQuestionAssessor(
    IQuestionAssessor offline,
    StructuredPromptRunner runner,
    PromptLibrary prompts,
    IOptions<PromptOptions> promptOptions,
    ILogger<OllamaQuestionAssessor> logger) : IQuestionAssessor
{
    /// <summary>The name reports record for answers the model assessed.</summary>
    public const string AssessorName = "ollama";

    public string Name => AssessorName;

    public async Task<QuestionAssessment> AssessAsync(
        QuestionContext context,
        CancellationToken cancellationToken = default)
    {
        // The offline assessment is needed only once the replies are in, and on a new transcript its embeddings
        // take a while, so it runs beside the model's calls; off the caller's thread, since the encoder computes
        // before its first await.
        var offlineAssessing = Task.Run(() => offline.AssessAsync(context, cancellationToken), cancellationToken);
        if (!context.Question.HasAnswer)
        {
            return await offlineAssessing;
        }

        // Each model call takes its turn of the process's ModelCallLimiter, shared with every other caller.
        ModelOutcome outcome;
        try
        {
            outcome = await AskModelAsync(context, cancellationToken);
        }
        catch
        {
            // Ollama cannot be used at all, or the report was cancelled: the offline work ends before that is said.
            await ((Task)offlineAssessing).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }

        var offlineAssessment = await offlineAssessing;
        if (outcome.Verdict is null)
        {
            return FallBack(context, offlineAssessment, outcome.Failure!);
        }

        var assessment = AnswerGuards.Apply(context, offlineAssessment, outcome.Verdict, AssessorName);
        foreach (var flag in assessment.Flags.Skip(offlineAssessment.Flags.Count))
        {
            AgentLog.QuestionFlagged(logger, context.Question.Id, flag.Kind);
        }

        return assessment;
    }

    private Task<ModelOutcome> AskModelAsync(QuestionContext context, CancellationToken cancellationToken) =>
        promptOptions.Value.CallPlan == AnswerCallPlan.Combined
            ? AskCombinedAsync(context, cancellationToken)
            : AskSeparatelyAsync(context, cancellationToken);

    private async Task<ModelOutcome> AskCombinedAsync(QuestionContext context, CancellationToken cancellationToken)
    {
        var variables = AnswerPromptVariables.For(context);
        var reply = await runner.RunAsync(
            prompts.Get("Assessment", "AssessAnswer"), variables, context.Question.Id, cancellationToken);

        return reply.Succeeded
            ? new ModelOutcome(ModelAnswerVerdict.FromCombined(reply.Value), null)
            : new ModelOutcome(null, reply);
    }

    private async Task<ModelOutcome> AskSeparatelyAsync(QuestionContext context, CancellationToken cancellationToken)
    {
        var variables = AnswerPromptVariables.For(context);
        var id = context.Question.Id;

        var relevanceReply = await runner.RunAsync(
            prompts.Get("Relevance", "CheckRelevance"), variables, id, cancellationToken);
        if (!relevanceReply.Succeeded)
        {
            return new ModelOutcome(null, relevanceReply);
        }

        // The score and the feedback wait for the relevance check, because when its reply cannot be used (a cut
        // prompt, an invalid reply) the answer falls back and their calls would be wasted. Neither reads the
        // other's reply, so they run side by side.
        var scoring = runner.RunAsync(prompts.Get("Scoring", "ScoreAnswer"), variables, id, cancellationToken);
        var extracting = runner.RunAsync(prompts.Get("Feedback", "ExtractFeedback"), variables, id, cancellationToken);
        await Task.WhenAll(scoring, extracting);

        var scoreReply = await scoring;
        if (!scoreReply.Succeeded)
        {
            return new ModelOutcome(null, scoreReply);
        }

        var feedbackReply = await extracting;
        if (!feedbackReply.Succeeded)
        {
            return new ModelOutcome(null, feedbackReply);
        }

        var relevance = ModelAnswerVerdict.ReadRelevance(relevanceReply.Value);
        var score = ModelAnswerVerdict.ReadScore(scoreReply.Value);
        var feedback = ModelAnswerVerdict.ReadFeedback(feedbackReply.Value);

        return new ModelOutcome(
            new ModelAnswerVerdict(
                relevance.Label, relevance.Confidence, relevance.Reason, relevance.Instead,
                score.Score, score.Reasoning, score.AddressesAssessor, feedback.Strengths, feedback.Improvements),
            null);
    }

    private QuestionAssessment FallBack(
        QuestionContext context,
        QuestionAssessment offlineAssessment,
        StructuredReply failed)
    {
        var kind = failed.Failure switch
        {
            ModelCallFailure.Truncated => FlagKinds.Truncated,
            ModelCallFailure.ContextOverflow => FlagKinds.ContextOverflow,
            _ => FlagKinds.ModelFallback,
        };
        var message = $"{failed.Message} The offline assessment ({offline.Name}) was used for this answer.";

        AgentLog.FellBackForQuestion(logger, context.Question.Id, failed.Failure.ToString()!);
        RunRecord.Current?.AddNote($"{context.Question.Id}: {message}");

        return offlineAssessment with { Flags = [.. offlineAssessment.Flags, new QuestionFlag(kind, message)] };
    }

    private sealed record ModelOutcome(ModelAnswerVerdict? Verdict, StructuredReply? Failure);
}
