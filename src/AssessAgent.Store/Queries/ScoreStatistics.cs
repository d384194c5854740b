namespace AssessAgent.Store.Queries;

/// <summary>The scores of one section or question across the matching assessments.</summary>
/// <param name="Section">The section's name.</param>
/// <param name="QuestionId">The question's id, when grouped by question.</param>
/// <param name="Question">The question's text as first stored, when grouped by question.</param>
/// <param name="AnswerCount">How many answers were scored.</param>
/// <param name="AssessmentCount">How many assessments they come from.</param>
/// <param name="Mean">The mean score.</param>
/// <param name="Minimum">The lowest score.</param>
/// <param name="Maximum">The highest score.</param>
public sealed record ScoreStatistics(
    string Section,
    string? QuestionId,
    string? Question,
    int AnswerCount,
    int AssessmentCount,
    double Mean,
    int Minimum,
    int Maximum);
