namespace AssessAgent.Assessment;

/// <summary>One internal contradiction or defect the report checker found in a report.</summary>
/// <param name="Rule">The checker rule that fired, such as <c>band-mismatch</c>.</param>
/// <param name="Message">What is wrong, as a sentence.</param>
/// <param name="QuestionId">The question concerned, when the finding is about one.</param>
public sealed record CheckerFinding(string Rule, string Message, string? QuestionId = null);
