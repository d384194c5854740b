using System.Globalization;
using AssessAgent.Agent.Prompts;
using AssessAgent.Assessment;

namespace AssessAgent.Agent.Assessing;

/// <summary>
/// The template variables of the per-answer prompt functions, every piece of transcript text neutralised.
/// </summary>
public static class AnswerPromptVariables
{
    public static IReadOnlyDictionary<string, string> For(QuestionContext context)
    {
        var question = context.Question;

        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["section"] = PromptData.Neutralise(context.Section.Name),
            ["question"] = PromptData.Neutralise(question.Text),
            ["answer"] = PromptData.Neutralise(question.Answer),
            ["rubric"] = Rubric(context),
            ["other_questions"] = OtherQuestions(context),
        };
    }

    private static string Rubric(QuestionContext context)
    {
        if (context.Question.Rubric is not { KeyPoints.Count: > 0 } rubric)
        {
            return "No rubric was given: judge against what the question asks.";
        }

        return string.Join("\n", rubric.KeyPoints.Select(point =>
        {
            var weight = point.Weight.ToString("0.##", CultureInfo.InvariantCulture);

            return $"- {PromptData.Neutralise(point.Text)} (weight {weight})";
        }));
    }

    private static string OtherQuestions(QuestionContext context)
    {
        var others = context.Transcript.AllQuestions
            .Where(question => question.Id != context.Question.Id)
            .Select(question => $"- {PromptData.Neutralise(question.Text)}")
            .ToList();

        return others.Count == 0 ? "(none)" : string.Join("\n", others);
    }
}
