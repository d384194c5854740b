using AssessAgent.Transcripts;

namespace AssessAgent.Reading.Common;

/// <summary>
/// Places question drafts into sections in interview order: consecutive questions of one section form one section;
/// a question without a section name is classified by <see cref="SectionClassifier"/>.
/// </summary>
internal static class SectionAssembler
{
    /// <summary>The sections, with an id on every question.</summary>
    public static IReadOnlyList<TranscriptSection> Assemble(IEnumerable<QuestionDraft> drafts)
    {
        var ids = new QuestionIdGenerator();
        var groups = new List<(string Name, SectionKind Kind, List<QuestionDraft> Drafts)>();

        foreach (var draft in drafts)
        {
            if (draft.Id is { } givenId)
            {
                ids.TryReserve(givenId);
            }

            var (name, kind) = SectionOf(draft);
            if (groups.Count == 0 || groups[^1].Name != name)
            {
                groups.Add((name, kind, []));
            }

            groups[^1].Drafts.Add(draft);
        }

        return groups
            .Select(group => new TranscriptSection(group.Name, group.Kind,
                group.Drafts.Select(draft => ToQuestion(draft, draft.Id ?? ids.Next(group.Name))).ToList()))
            .ToList();
    }

    private static (string Name, SectionKind Kind) SectionOf(QuestionDraft draft)
    {
        if (draft.SectionName is { } name)
        {
            return (name, draft.Kind ?? SectionNames.ToKind(name));
        }

        var kind = draft.Kind ?? SectionClassifier.Classify(draft.Text);

        return (SectionNames.DisplayName(kind), kind);
    }

    private static InterviewQuestion ToQuestion(QuestionDraft draft, string id) => new()
    {
        Id = id,
        Text = draft.Text,
        Answer = string.IsNullOrWhiteSpace(draft.Answer) ? null : draft.Answer,
        Turns = draft.Turns,
        Rubric = draft.Rubric,
        Weight = draft.Weight,
        PreviouslyReported = draft.PreviouslyReported,
    };
}
