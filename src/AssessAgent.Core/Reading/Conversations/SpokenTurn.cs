namespace AssessAgent.Reading.Conversations;

/// <summary>One labelled piece of a conversation as the input has it, before turns of one speaker are merged.</summary>
/// <param name="Speaker">The speaker's label as written.</param>
/// <param name="Text">What was said.</param>
/// <param name="Start">When it began, when the input has timestamps.</param>
/// <param name="End">When it ended, when the input has timestamps.</param>
/// <param name="Line">The 1-based line it starts on, for error messages, when the input is text.</param>
internal sealed record SpokenTurn(string Speaker, string Text, TimeSpan? Start, TimeSpan? End, int? Line = null);
