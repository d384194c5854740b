using System.Text.RegularExpressions;
using AssessAgent.Transcripts;

namespace AssessAgent.Evals.Invariance;

/// <summary>
/// Generates, from a case's transcript, the variants an assessment must be indifferent to: the candidate renamed,
/// the questions reordered, one answer padded with filler. Question ids are kept, so the assessments of a variant
/// pair up with the original's by id.
/// </summary>
public static class TranscriptVariants
{
    /// <summary>
    /// The names a candidate is renamed to; the first that shares no word with the real name is used.
    /// </summary>
    public static IReadOnlyList<string> ReplacementNames { get; } = ["Jordan Avery", "Morgan Ellis", "Casey Lindqvist"];

    /// <summary>Sentences that say nothing, appended to an answer to pad it.</summary>
    public static IReadOnlyList<string> Filler { get; } =
    [
        "That is a really good question and I am glad you asked it.",
        "Let me just say again that this is something I care about a great deal.",
        "As I mentioned, it really depends on the situation and the context and the team.",
        "In general I would say that there are many different ways to think about it.",
        "So yes, overall, I think that sums up my thinking on this topic quite well.",
    ];

    /// <summary>
    /// The transcript with the candidate's name, and each part of it, replaced by another name everywhere: the
    /// header, the questions, the answers and the turns. Null when the transcript records no name.
    /// </summary>
    public static (Transcript Variant, string NewName)? SwapCandidateName(Transcript transcript)
    {
        if (string.IsNullOrWhiteSpace(transcript.Candidate))
        {
            return null;
        }

        var oldParts = transcript.Candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var newName = ReplacementNames.First(name =>
            !name.Split(' ').Any(part => oldParts.Contains(part, StringComparer.OrdinalIgnoreCase)));
        var newParts = newName.Split(' ');
        var rename = BuildRenamer(transcript.Candidate, oldParts, newName, newParts);

        var variant = MapText(transcript, rename) with { Candidate = newName };

        return (variant, newName);
    }

    /// <summary>
    /// The transcript with the questions of each section in reverse order and, when there are several sections,
    /// the sections in reverse order too. Null when the transcript has a single question.
    /// </summary>
    public static Transcript? Reorder(Transcript transcript)
    {
        if (transcript.AllQuestions.Count() < 2)
        {
            return null;
        }

        var sections = transcript.Sections
            .Select(section => section with { Questions = section.Questions.Reverse().ToList() })
            .Reverse()
            .ToList();

        return transcript with { Sections = sections };
    }

    /// <summary>
    /// The transcript with the first answered question's answer followed by filler that adds nothing, about as
    /// long again as the answer. Null when no question has an answer.
    /// </summary>
    public static (Transcript Variant, string QuestionId)? PadOneAnswer(Transcript transcript)
    {
        var target = transcript.AllQuestions.FirstOrDefault(question => question.HasAnswer);
        if (target is null)
        {
            return null;
        }

        var filler = BuildFiller(target.Answer!.Length);
        var padded = target with
        {
            Answer = target.Answer + " " + filler,
            Turns = target.Turns.Count == 0
                ? target.Turns
                : [.. target.Turns, new Turn(SpeakerRole.Candidate, CandidateSpeaker(target), filler)],
        };

        return (ReplaceQuestion(transcript, padded), target.Id);
    }

    private static Func<string, string> BuildRenamer(
        string oldName,
        string[] oldParts,
        string newName,
        string[] newParts)
    {
        var replacements = new List<(Regex Pattern, string Replacement)>
        {
            (new Regex($@"\b{Regex.Escape(oldName)}\b", RegexOptions.IgnoreCase), newName),
        };
        for (var i = 0; i < oldParts.Length; i++)
        {
            var replacement = i == 0 ? newParts[0] : newParts[^1];
            replacements.Add((new Regex($@"\b{Regex.Escape(oldParts[i])}\b"), replacement));
        }

        return text => replacements.Aggregate(text, (current, rule) => rule.Pattern.Replace(current, rule.Replacement));
    }

    private static Transcript MapText(Transcript transcript, Func<string, string> map) => transcript with
    {
        Sections = transcript.Sections.Select(section => section with
        {
            Questions = section.Questions.Select(question => question with
            {
                Text = map(question.Text),
                Answer = question.Answer is null ? null : map(question.Answer),
                Turns = question.Turns.Select(turn => turn with { Text = map(turn.Text), Speaker = map(turn.Speaker) })
                    .ToList(),
            }).ToList(),
        }).ToList(),
    };

    private static string BuildFiller(int answerLength)
    {
        var sentences = new List<string>();
        var length = 0;
        while (length < Math.Max(answerLength, 120))
        {
            var sentence = Filler[sentences.Count % Filler.Count];
            sentences.Add(sentence);
            length += sentence.Length + 1;
        }

        return string.Join(' ', sentences);
    }

    private static string CandidateSpeaker(InterviewQuestion question) =>
        question.Turns.LastOrDefault(turn => turn.Role == SpeakerRole.Candidate)?.Speaker ?? "Candidate";

    private static Transcript ReplaceQuestion(Transcript transcript, InterviewQuestion replacement) => transcript with
    {
        Sections = transcript.Sections.Select(section => section with
        {
            Questions = section.Questions.Select(question => question.Id == replacement.Id ? replacement : question)
                .ToList(),
        }).ToList(),
    };
}
