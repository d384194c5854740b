namespace AssessAgent.Reading.Conversations;

/// <summary>What one turn says once greetings, small talk and transitions are set aside.</summary>
/// <param name="Content">The question and its context, or an empty string when the turn asks nothing.</param>
/// <param name="IsQuestion">Whether the content asks something (a question mark, or a question or request cue).</param>
/// <param name="HasTransition">Whether the turn announces a change of topic ("let's move on", "next question").</param>
/// <param name="IsSocial">
/// Whether what was set aside was social (greetings, audio checks, goodbyes) rather than acknowledgements ("okay",
/// "got it"); a reply to a social turn is small talk too, a reply after an acknowledgement goes on with the answer.
/// </param>
/// <param name="HasRemark">Whether the turn makes a statement of substance, such as an answer to the candidate.</param>
internal sealed record Utterance(string Content, bool IsQuestion, bool HasTransition, bool IsSocial, bool HasRemark)
{
    /// <summary>Whether nothing of substance is left.</summary>
    public bool IsSmallTalk => !IsQuestion && !HasRemark;
}
