using AssessAgent.Assessment;

namespace AssessAgent.Evals.Invariance;

/// <summary>Compares the assessment of a variant with the original's, question by question (paired by id).</summary>
public static class InvarianceChecker
{
    /// <summary>Every question whose score moved by more than <paramref name="tolerance"/> points either way.</summary>
    public static InvarianceResult CompareScores(
        InvarianceKind kind,
        string description,
        AssessmentReport original,
        AssessmentReport variant,
        int tolerance)
    {
        var pairs = Pair(original, variant);
        var violations = pairs
            .Where(pair => Math.Abs(pair.Variant.Score - pair.Original.Score) > tolerance)
            .Select(pair => $"{Name(pair.Original)}: {pair.Original.Score} became {pair.Variant.Score} ({description})")
            .ToList();

        return new InvarianceResult(kind, description, pairs.Count, violations);
    }

    /// <summary>A violation when the padded question's score rose by more than <paramref name="tolerance"/>.</summary>
    public static InvarianceResult ComparePadded(
        string questionId,
        AssessmentReport original,
        AssessmentReport variant,
        int tolerance)
    {
        var description = $"answer to {questionId} padded with filler";
        var pair = Pair(original, variant).FirstOrDefault(pair => pair.Original.QuestionId == questionId);
        if (pair.Original is null)
        {
            return new InvarianceResult(InvarianceKind.Padding, description, 0, []);
        }

        var rose = pair.Variant.Score - pair.Original.Score > tolerance;
        IReadOnlyList<string> violations = rose
            ? [$"{Name(pair.Original)}: {pair.Original.Score} rose to {pair.Variant.Score} ({description})"]
            : [];

        return new InvarianceResult(InvarianceKind.Padding, description, 1, violations);
    }

    private static List<(QuestionAssessment Original, QuestionAssessment Variant)> Pair(
        AssessmentReport original,
        AssessmentReport variant)
    {
        var variantById = variant.AllQuestions
            .GroupBy(question => question.QuestionId)
            .ToDictionary(group => group.Key, group => group.First());

        return original.AllQuestions
            .Where(question => variantById.ContainsKey(question.QuestionId))
            .Select(question => (question, variantById[question.QuestionId]))
            .ToList();
    }

    private static string Name(QuestionAssessment question) => $"{question.Section} {question.QuestionId}";
}
