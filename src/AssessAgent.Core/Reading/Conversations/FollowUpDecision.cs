namespace AssessAgent.Reading.Conversations;

/// <summary>How an interviewer's question relates to the open one.</summary>
internal enum FollowUpDecision
{
    /// <summary>A question of its own.</summary>
    NewQuestion,

    /// <summary>A follow-up that says so: "Can you say more?", "And how would you test it?", "Why?".</summary>
    FollowUp,

    /// <summary>
    /// A follow-up only because it keeps to the open question's subject; the report says so, since a question of
    /// its own that happens to share the subject would lose its own score.
    /// </summary>
    FollowUpBySubject,
}
