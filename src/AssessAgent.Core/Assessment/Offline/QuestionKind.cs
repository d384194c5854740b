namespace AssessAgent.Assessment.Offline;

/// <summary>
/// What kind of answer a question asks for. Most questions are answered by talking about their topic; a few are
/// answered by the form of the answer more than by its words, which plain similarity misses.
/// </summary>
internal enum QuestionKind
{
    /// <summary>Answered by talking about the question's topic.</summary>
    General,

    /// <summary>"Tell me about yourself": answered by a self-introduction.</summary>
    SelfIntroduction,

    /// <summary>"Why this role?": answered by reasons for wanting the job.</summary>
    Motivation,

    /// <summary>"Tell me about a time...": answered by a story from the past.</summary>
    Behavioral,

    /// <summary>"Anything you'd like to ask us?": answered by asking questions, or by declining.</summary>
    WrapUp,
}
