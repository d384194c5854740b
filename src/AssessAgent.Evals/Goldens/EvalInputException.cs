namespace AssessAgent.Evals.Goldens;

/// <summary>
/// An eval input the user must fix: a golden that breaks its schema, a case without a golden, a thresholds file
/// that cannot be read. The message is one line that names the file and, where it applies, the JSON path.
/// </summary>
public sealed class EvalInputException : Exception
{
    public EvalInputException(string message)
        : base(message)
    {
    }

    public EvalInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>A problem at <paramref name="jsonPath"/> (such as <c>$.questions[0].band</c>) in a file.</summary>
    public static EvalInputException AtJsonPath(string file, string jsonPath, string problem) =>
        new($"{file}: {jsonPath}: {problem}");

    /// <summary>A problem with a file as a whole.</summary>
    public static EvalInputException InFile(string file, string problem) => new($"{file}: {problem}");
}
