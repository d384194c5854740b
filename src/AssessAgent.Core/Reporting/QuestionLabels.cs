using AssessAgent.Assessment;

namespace AssessAgent.Reporting;

/// <summary>Names questions as a reader finds them in a report: "Screening Q2", numbered in their section.</summary>
internal sealed class QuestionLabels
{
    private readonly Dictionary<string, string> labels = new(StringComparer.Ordinal);

    public QuestionLabels(AssessmentReport report)
    {
        foreach (var section in report.Sections)
        {
            for (var index = 0; index < section.Questions.Count; index++)
            {
                labels.TryAdd(section.Questions[index].QuestionId, $"{section.Name} {Number(index)}");
            }
        }
    }

    /// <summary>"Q1" for the first question of a section.</summary>
    public static string Number(int index) => $"Q{index + 1}";

    /// <summary>"Screening Q2", or the id itself for a question the report does not have.</summary>
    public string For(string questionId) => labels.GetValueOrDefault(questionId, questionId);

    /// <summary>"Screening Q1 and Technical Q2".</summary>
    public string List(IEnumerable<string> questionIds) => ReportText.List(questionIds.Select(For));
}
