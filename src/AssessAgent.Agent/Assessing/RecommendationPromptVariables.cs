using System.Text;
using AssessAgent.Agent.Prompts;
using AssessAgent.Assessment;
using AssessAgent.Transcripts;

namespace AssessAgent.Agent.Assessing;

/// <summary>
/// The template variables of Recommendation/WriteRecommendation, every piece of transcript text neutralised.
/// </summary>
public static class RecommendationPromptVariables
{
    public static IReadOnlyDictionary<string, string> For(
        Transcript transcript,
        IReadOnlyList<SectionAssessment> sections,
        TranscriptDiagnosis diagnosis) =>
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["position"] = PromptData.Neutralise(transcript.Position ?? "not recorded"),
            ["diagnosis"] = Diagnosis(diagnosis),
            ["assessments"] = Assessments(sections),
        };

    private static string Diagnosis(TranscriptDiagnosis diagnosis)
    {
        var text = new StringBuilder()
            .AppendLine($"misaligned: {(diagnosis.Misaligned ? "yes" : "no")}")
            .AppendLine($"answered questions: {diagnosis.AnsweredCount}")
            .AppendLine($"off-topic answers: {diagnosis.OffTopicCount}");
        foreach (var note in diagnosis.Notes)
        {
            text.AppendLine($"note: {PromptData.Neutralise(note)}");
        }

        return text.ToString().TrimEnd();
    }

    private static string Assessments(IReadOnlyList<SectionAssessment> sections)
    {
        var text = new StringBuilder();
        foreach (var question in sections.SelectMany(section => section.Questions))
        {
            text.AppendLine($"id: {question.QuestionId}")
                .AppendLine($"section: {PromptData.Neutralise(question.Section)}")
                .AppendLine($"question: {PromptData.Neutralise(question.Question)}")
                .AppendLine($"relevance: {Label(question.Relevance.Label)}")
                .AppendLine($"score: {question.Score} ({question.Band})");
            AppendPoints(text, "strength", question.Strengths);
            AppendPoints(text, "improvement", question.Improvements);
            foreach (var flag in question.Flags)
            {
                text.AppendLine($"flag: {flag.Kind}");
            }

            text.AppendLine();
        }

        return text.ToString().TrimEnd();
    }

    private static void AppendPoints(StringBuilder text, string label, IReadOnlyList<Feedback> points)
    {
        foreach (var point in points)
        {
            text.AppendLine($"{label}: {PromptData.Neutralise(point.Text)}");
        }
    }

    private static string Label(RelevanceLabel label) => label switch
    {
        RelevanceLabel.Relevant => "relevant",
        RelevanceLabel.PartlyRelevant => "partly_relevant",
        RelevanceLabel.OffTopic => "off_topic",
        _ => "no_answer",
    };
}
