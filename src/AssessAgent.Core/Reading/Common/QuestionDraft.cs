using AssessAgent.Transcripts;

namespace AssessAgent.Reading.Common;

/// <summary>A question as a reader found it, before it is placed in a section and given an id.</summary>
/// <param name="Text">The question as asked.</param>
/// <param name="Answer">The answer, or <see langword="null"/> when none was recorded.</param>
/// <param name="SectionName">The section the input puts it in, or <see langword="null"/> to classify it.</param>
internal sealed record QuestionDraft(string Text, string? Answer, string? SectionName)
{
    /// <summary>The id the input gives, if any.</summary>
    public string? Id { get; init; }

    /// <summary>The turns of the exchange, when the input was a conversation.</summary>
    public IReadOnlyList<Turn> Turns { get; init; } = [];

    /// <summary>The rubric the input gives, if any.</summary>
    public Rubric? Rubric { get; init; }

    /// <summary>What an earlier report said about the answer, if the input was one.</summary>
    public PreviousQuestionAssessment? PreviouslyReported { get; init; }

    /// <summary>How much the question counts; 1 unless the input says otherwise.</summary>
    public double Weight { get; init; } = 1.0;

    /// <summary>The section kind already decided for this question, when the reader has one.</summary>
    public SectionKind? Kind { get; init; }
}
