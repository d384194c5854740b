namespace AssessAgent.Transcripts;

/// <summary>What a good answer to one question covers.</summary>
/// <param name="KeyPoints">The points a complete answer makes, each with its weight.</param>
public sealed record Rubric(IReadOnlyList<RubricKeyPoint> KeyPoints);

/// <summary>One point a complete answer makes.</summary>
/// <param name="Text">The point, in a few words.</param>
/// <param name="Weight">How much it counts against the other points of the same rubric. Defaults to 1.</param>
public sealed record RubricKeyPoint(string Text, double Weight = 1.0);
