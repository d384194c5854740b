using AssessAgent.Reading.Common;
using AssessAgent.Transcripts;

namespace AssessAgent.Reading.Conversations;

/// <summary>
/// Turns a labelled conversation (speaker-labelled text, WebVTT, speech-to-text segments) into a transcript:
/// merges consecutive pieces of one speaker, decides who interviews, groups follow-ups with their question, leaves
/// small talk out and classifies the questions into sections.
/// </summary>
internal static class ConversationTranscriptBuilder
{
    private const int MaxQuotedLength = 80;

    public static Transcript Build(TranscriptInput input, IEnumerable<SpokenTurn> pieces, HeaderMetadata header,
        TranscriptReadOptions options)
    {
        var turns = TurnMerger.Merge(pieces);
        var (interviewerName, nameSource) = options.InterviewerName is { } given
            ? (given, "--interviewer")
            : (header.Interviewer, "the header's Interviewer line");

        var roles = SpeakerRoleResolver.Resolve(input, turns, interviewerName, nameSource);
        var questions = new QuestionGrouper(roles).Group(turns);
        if (questions.Count == 0)
        {
            var interviewerTurns = turns.Count(turn => roles.RoleOf(turn.Speaker) == SpeakerRole.Interviewer);
            throw TranscriptReadException.InFile(input.DisplayPath,
                $"no questions found: none of the {interviewerTurns} turns of the interviewer " +
                $"({string.Join(", ", roles.Interviewers.Select(name => $"\"{name}\""))}) asks anything");
        }

        var drafts = questions.Select(question => new QuestionDraft(question.Text,
            question.AnswerParts.Count > 0 ? string.Join("\n\n", question.AnswerParts) : null, SectionName: null)
        {
            Turns = question.Turns,
            Kind = question.Kind,
        });

        return new Transcript
        {
            Candidate = header.Candidate ?? NamedCandidate(roles.Candidate),
            Position = header.Position,
            InterviewDate = header.Date,
            Duration = header.Duration ?? RecordedLength(turns),
            Sections = SectionAssembler.Assemble(drafts),
            ReadingNotes = questions.Where(question => question.FollowUpsBySubject.Count > 0)
                .Select(FollowUpNote)
                .ToList(),
        };
    }

    // Joining a question to the one before by its subject is a guess; the report says so, with the way to undo it.
    private static string FollowUpNote(OpenQuestion question)
    {
        var joined = question.FollowUpsBySubject;
        var open = $"\"{Shortened(question.Text)}\"";
        if (joined.Count == 1)
        {
            return $"\"{Shortened(joined[0])}\" was read as a follow-up of {open} because it keeps to its subject; " +
                "if it is a question of its own, begin it with \"Next question:\" in the transcript.";
        }

        var asked = string.Join(", ", joined.Select(text => $"\"{Shortened(text)}\""));

        return $"{joined.Count} questions were read as follow-ups of {open} because they keep to its subject: " +
            $"{asked}. If one is a question of its own, begin it with \"Next question:\" in the transcript.";
    }

    private static string Shortened(string text) =>
        text.Length <= MaxQuotedLength ? text : text[..(MaxQuotedLength - 1)].TrimEnd() + "\u2026";

    private static string? NamedCandidate(string label) =>
        SpeakerRoleResolver.GenericLabelRegex().IsMatch(label) ? null : label;

    // Timestamps record how long the conversation ran, from the first turn's start to the last one's end.
    private static TimeSpan? RecordedLength(IReadOnlyList<SpokenTurn> turns)
    {
        var start = turns.Select(turn => turn.Start).FirstOrDefault(time => time is not null);
        var end = turns.Select(turn => turn.End ?? turn.Start).LastOrDefault(time => time is not null);

        return start is { } first && end is { } last && last > first ? last - first : null;
    }
}
