using AssessAgent.Assessment;

namespace AssessAgent.Reporting;

/// <summary>
/// What the writers for people say about the transcript itself: misaligned answers, data not recorded, questions
/// without an answer, the diagnosis's notes. The text is raw; each writer escapes it for its format.
/// </summary>
internal sealed class DiagnosisView
{
    public DiagnosisView(AssessmentReport report, QuestionLabels labels)
    {
        var questions = report.AllQuestions.ToList();
        var answered = questions.Count(question => !string.IsNullOrWhiteSpace(question.Answer));

        OffTopic = questions
            .Where(question => question.Relevance.Label == RelevanceLabel.OffTopic)
            .Select(question => new OffTopicAnswer(labels.For(question.QuestionId), question))
            .ToList();
        Headline = Describe(report.Diagnosis.Misaligned, OffTopic.Count, answered);
        NotRecorded = MissingHeaderFields(report.Header);
        Unanswered = questions
            .Where(question => string.IsNullOrWhiteSpace(question.Answer))
            .Select(question => labels.For(question.QuestionId))
            .ToList();
        Notes = report.Diagnosis.Notes;
        Misaligned = report.Diagnosis.Misaligned;
    }

    public bool Misaligned { get; }

    /// <summary>The lead sentence about off-topic answers, or <see langword="null"/> when there are none.</summary>
    public string? Headline { get; }

    public IReadOnlyList<OffTopicAnswer> OffTopic { get; }

    /// <summary>The header fields not recorded, as words: "the candidate's name".</summary>
    public IReadOnlyList<string> NotRecorded { get; }

    /// <summary>The labels of the questions without an answer.</summary>
    public IReadOnlyList<string> Unanswered { get; }

    public IReadOnlyList<string> Notes { get; }

    /// <summary>Whether there is anything to say: the block is left out of a report on a clean transcript.</summary>
    public bool HasContent =>
        Misaligned || OffTopic.Count > 0 || NotRecorded.Count > 0 || Unanswered.Count > 0 || Notes.Count > 0;

    /// <summary>"Not recorded: the candidate's name and the duration.", or <see langword="null"/>.</summary>
    public string? NotRecordedSentence =>
        NotRecorded.Count > 0 ? $"Not recorded: {ReportText.List(NotRecorded)}." : null;

    /// <summary>"No answer recorded for Screening Q2.", or <see langword="null"/>.</summary>
    public string? UnansweredSentence =>
        Unanswered.Count > 0 ? $"{ReportText.NoAnswerRecorded} for {ReportText.List(Unanswered)}." : null;

    private static string? Describe(bool misaligned, int offTopic, int answered)
    {
        var share = $"{offTopic} of {ReportText.Count(answered, "answer")}";
        if (misaligned)
        {
            return $"{share} miss their question, so this transcript cannot support a hiring decision either way. "
                + "Check that each answer is paired with the question it belongs to.";
        }

        return offTopic > 0 ? $"{share} address other questions than the ones asked." : null;
    }

    private static List<string> MissingHeaderFields(ReportHeader header)
    {
        var missing = new List<string>();
        AddIf(missing, string.IsNullOrWhiteSpace(header.Candidate), "the candidate's name");
        AddIf(missing, string.IsNullOrWhiteSpace(header.Position), "the position");
        AddIf(missing, header.InterviewDate is null, "the interview date");
        AddIf(missing, header.Duration is not { } duration || duration <= TimeSpan.Zero, "the duration");

        return missing;
    }

    private static void AddIf(List<string> list, bool condition, string item)
    {
        if (condition)
        {
            list.Add(item);
        }
    }
}

/// <summary>An answer judged off-topic, with its label ("Screening Q1") and verdict.</summary>
internal sealed record OffTopicAnswer(string Label, QuestionAssessment Question)
{
    /// <summary>What the answer seems to answer instead, when the assessor says.</summary>
    public string? Instead => Question.Relevance.AddressesInstead;
}
