using System.Text.Json;
using AssessAgent.Agent.Calling;
using AssessAgent.Agent.Logging;
using AssessAgent.Agent.Prompts;
using AssessAgent.Assessment;
using AssessAgent.Transcripts;
using Microsoft.Extensions.Logging;

namespace AssessAgent.Agent.Assessing;

/// <summary>
/// Writes the summary, findings and recommendation with the language model, from the per-answer assessments. A
/// transcript diagnosed as misaligned always gets <see cref="HiringDecision.Inconclusive"/>, and findings cite
/// only questions that exist. When the reply cannot be used, the offline writer's draft stands.
/// </summary>
public sealed class OllamaRecommendationWriter(
    IRecommendationWriter offline,
    StructuredPromptRunner runner,
    PromptLibrary prompts,
    ILogger<OllamaRecommendationWriter> logger) : IRecommendationWriter
{
    public string Name => OllamaQuestionAssessor.AssessorName;

    public async Task<RecommendationDraft> WriteAsync(
        Transcript transcript,
        IReadOnlyList<SectionAssessment> sections,
        TranscriptDiagnosis diagnosis,
        CancellationToken cancellationToken = default)
    {
        var variables = RecommendationPromptVariables.For(transcript, sections, diagnosis);
        var reply = await runner.RunAsync(
            prompts.Get("Recommendation", "WriteRecommendation"), variables, "recommendation", cancellationToken);
        if (!reply.Succeeded)
        {
            AgentLog.FellBackForRecommendation(logger, reply.Failure.ToString()!);
            RunRecord.Current?.AddNote(
                $"recommendation: {reply.Message} The offline recommendation ({offline.Name}) was used.");

            return await offline.WriteAsync(transcript, sections, diagnosis, cancellationToken);
        }

        var knownIds = sections.SelectMany(section => section.Questions).Select(q => q.QuestionId).ToHashSet();

        return Read(reply.Value, knownIds, diagnosis);
    }

    private static RecommendationDraft Read(JsonElement reply, HashSet<string> knownIds, TranscriptDiagnosis diagnosis)
    {
        var decision = Enum.Parse<HiringDecision>(reply.GetProperty("decision").GetString()!);
        var reasoning = reply.GetProperty("reasoning").GetString() ?? "";
        if (diagnosis.Misaligned && decision != HiringDecision.Inconclusive)
        {
            RunRecord.Current?.AddNote(
                $"recommendation: the model recommended {decision} on a transcript diagnosed as misaligned; " +
                "the decision was set to Inconclusive.");
            reasoning = $"The transcript looks misaligned, so no decision is safe (the model had said {decision}). " +
                reasoning;
            decision = HiringDecision.Inconclusive;
        }

        return new RecommendationDraft(
            reply.GetProperty("executive_summary").GetString() ?? "",
            ReadFindings(reply.GetProperty("key_strengths"), knownIds),
            ReadFindings(reply.GetProperty("areas_for_improvement"), knownIds),
            new HiringRecommendation(
                decision,
                reply.GetProperty("confidence").GetDouble(),
                reasoning,
                [.. reply.GetProperty("next_steps").EnumerateArray().Select(step => step.GetString() ?? "")]));
    }

    private static List<Finding> ReadFindings(JsonElement findings, HashSet<string> knownIds) =>
        [.. findings.EnumerateArray().Select(finding => new Finding(
            finding.GetProperty("title").GetString() ?? "",
            finding.GetProperty("detail").GetString() ?? "",
            [.. finding.GetProperty("question_ids").EnumerateArray()
                .Select(id => id.GetString() ?? "")
                .Where(knownIds.Contains)]))];
}
