using System.Text.RegularExpressions;

namespace AssessAgent.Reading.Conversations;

/// <summary>
/// Decides who interviews. In this order: the name given (<c>--interviewer NAME</c>, or an "Interviewer:" header
/// line) matched against the labels without regard to case, also by first name; else labels that say so
/// ("Interviewer", "Interviewer 2", "Recruiter" against "Candidate"); else the speaker who asks the most questions,
/// the first speaker on a tie. Of the others, the candidate is the one labelled so or who says the most words;
/// anyone left is taken as a further interviewer (a panel).
/// </summary>
internal static partial class SpeakerRoleResolver
{
    public static SpeakerRoles Resolve(TranscriptInput input, IReadOnlyList<SpokenTurn> turns, string? interviewerName,
        string nameSource)
    {
        var speakers = turns.Select(turn => TurnMerger.Normalize(turn.Speaker))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

        if (speakers.Count == 0)
        {
            throw TranscriptReadException.InFile(input.DisplayPath,
                "nothing is said: every turn of the conversation is empty");
        }

        if (speakers.Count < 2)
        {
            throw TranscriptReadException.InFile(input.DisplayPath,
                $"only one speaker (\"{speakers.FirstOrDefault()}\") found; a conversation needs the interviewer " +
                "and the candidate, each with their own label");
        }

        var interviewers = interviewerName is not null
            ? Named(input, speakers, interviewerName, nameSource)
            : Labelled(speakers) ?? [MostQuestions(turns, speakers)];

        return WithCandidate(input, turns, speakers, interviewers);
    }

    private static List<string> Named(TranscriptInput input, List<string> speakers, string name, string nameSource)
    {
        var wanted = TurnMerger.Normalize(name);
        var matches = speakers.Where(speaker => string.Equals(speaker, wanted, StringComparison.OrdinalIgnoreCase))
            .ToList();

        if (matches.Count == 0)
        {
            // "Dana" finds "Dana Kim" and "Dana Kim" finds "Dana", as meeting tools write either.
            matches = speakers.Where(speaker => FirstName(speaker).Equals(FirstName(wanted),
                StringComparison.OrdinalIgnoreCase)).ToList();
        }

        if (matches.Count == 0)
        {
            throw TranscriptReadException.InFile(input.DisplayPath,
                $"the interviewer \"{name}\" ({nameSource}) matches no speaker; the speakers are " +
                string.Join(", ", speakers.Select(speaker => $"\"{speaker}\"")));
        }

        return matches;
    }

    private static List<string>? Labelled(List<string> speakers)
    {
        var interviewers = speakers.Where(speaker => InterviewerLabelRegex().IsMatch(speaker)).ToList();
        var candidates = speakers.Where(speaker => CandidateLabelRegex().IsMatch(speaker)).ToList();

        if (interviewers.Count > 0)
        {
            return interviewers;
        }

        return candidates.Count > 0 ? speakers.Except(candidates).ToList() : null;
    }

    private static string MostQuestions(IReadOnlyList<SpokenTurn> turns, List<string> speakers)
    {
        var questionCounts = turns
            .Where(turn => UtteranceAnalyzer.AnalyzeInterviewer(turn.Text).IsQuestion)
            .GroupBy(turn => TurnMerger.Normalize(turn.Speaker), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => group.Count(), StringComparer.OrdinalIgnoreCase);

        // MaxBy keeps the first of equal counts, and speakers are in order of first appearance.
        return speakers.MaxBy(speaker => questionCounts.GetValueOrDefault(speaker))!;
    }

    private static SpeakerRoles WithCandidate(TranscriptInput input, IReadOnlyList<SpokenTurn> turns,
        List<string> speakers, List<string> interviewers)
    {
        var others = speakers.Except(interviewers, StringComparer.OrdinalIgnoreCase).ToList();
        if (others.Count == 0)
        {
            throw TranscriptReadException.InFile(input.DisplayPath,
                "every speaker is an interviewer, so there is no candidate; the speakers are " +
                string.Join(", ", speakers.Select(speaker => $"\"{speaker}\"")));
        }

        var wordCounts = turns
            .GroupBy(turn => TurnMerger.Normalize(turn.Speaker), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => group.Sum(turn => UtteranceAnalyzer.WordCount(turn.Text)),
                StringComparer.OrdinalIgnoreCase);

        var candidate = others.FirstOrDefault(speaker => CandidateLabelRegex().IsMatch(speaker))
            ?? others.MaxBy(speaker => wordCounts.GetValueOrDefault(speaker))!;

        var allInterviewers = speakers.Where(speaker => speaker != candidate)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        return new SpeakerRoles(allInterviewers, candidate);
    }

    private static string FirstName(string label) => label.Split(' ')[0];

    [GeneratedRegex(@"^(?:interviewer|hiring manager|recruiter|host)\b", RegexOptions.IgnoreCase)]
    private static partial Regex InterviewerLabelRegex();

    [GeneratedRegex(@"^(?:candidate|interviewee|applicant)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CandidateLabelRegex();

    /// <summary>Labels that name a role or a diarization slot rather than a person.</summary>
    [GeneratedRegex(@"^(?:candidate|interviewee|applicant|interviewer|speaker[ _-]?\d*|spk[ _-]?\d+|unknown)\b",
        RegexOptions.IgnoreCase)]
    public static partial Regex GenericLabelRegex();
}
