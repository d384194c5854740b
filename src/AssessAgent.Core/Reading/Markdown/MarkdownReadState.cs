using AssessAgent.Reading.Common;

namespace AssessAgent.Reading.Markdown;

/// <summary>Where the Markdown reader is: the section it is in, the question it is reading, what it has read.</summary>
internal sealed class MarkdownReadState(TranscriptInput input)
{
    public TranscriptInput Input { get; } = input;

    public HeaderMetadata Metadata { get; } = new();

    public string? SectionName { get; set; }

    public MarkdownQuestion? Current { get; private set; }

    public List<QuestionDraft> Questions { get; } = [];

    public void StartQuestion(string text, int lineNumber, bool awaitingAnswerMarker)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw TranscriptReadException.AtLine(Input.DisplayPath, lineNumber, "the question has no text");
        }

        Current = new MarkdownQuestion(text, awaitingAnswerMarker);
    }

    public void FinishQuestion()
    {
        if (Current is null)
        {
            return;
        }

        Questions.Add(Current.ToDraft(SectionName));
        Current = null;
    }
}
