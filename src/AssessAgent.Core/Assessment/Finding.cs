namespace AssessAgent.Assessment;

/// <summary>A strength or weakness across the interview, with the questions that show it.</summary>
/// <param name="Title">A short heading, such as "Concrete examples".</param>
/// <param name="Detail">One or two sentences.</param>
/// <param name="QuestionIds">The questions whose answers show it.</param>
public sealed record Finding(string Title, string Detail, IReadOnlyList<string> QuestionIds);
