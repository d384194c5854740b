using System.Text;
using AssessAgent.Transcripts;

namespace AssessAgent.Reading.Common;

/// <summary>Maps the section names inputs use to <see cref="SectionKind"/>, and back to display names.</summary>
internal static class SectionNames
{
    // Keys are names lower-cased with everything but letters removed, after dropping filler words.
    private static readonly Dictionary<string, SectionKind> KindsByKey = new()
    {
        ["screening"] = SectionKind.Screening,
        ["screen"] = SectionKind.Screening,
        ["phonescreen"] = SectionKind.Screening,
        ["intro"] = SectionKind.Screening,
        ["introduction"] = SectionKind.Screening,
        ["introductions"] = SectionKind.Screening,
        ["background"] = SectionKind.Screening,
        ["warmup"] = SectionKind.Screening,
        ["technical"] = SectionKind.Technical,
        ["tech"] = SectionKind.Technical,
        ["coding"] = SectionKind.Technical,
        ["technicaldeepdive"] = SectionKind.Technical,
        ["technicalskills"] = SectionKind.Technical,
        ["behavioral"] = SectionKind.Behavioral,
        ["behavioural"] = SectionKind.Behavioral,
        ["behavior"] = SectionKind.Behavioral,
        ["behaviour"] = SectionKind.Behavioral,
        ["culturefit"] = SectionKind.Behavioral,
        ["systemdesign"] = SectionKind.SystemDesign,
        ["systemsdesign"] = SectionKind.SystemDesign,
        ["design"] = SectionKind.SystemDesign,
        ["architecture"] = SectionKind.SystemDesign,
        ["wrapup"] = SectionKind.WrapUp,
        ["closing"] = SectionKind.WrapUp,
        ["close"] = SectionKind.WrapUp,
        ["candidatequestions"] = SectionKind.WrapUp,
        ["questionsforus"] = SectionKind.WrapUp,
        ["final"] = SectionKind.WrapUp,
        ["conclusion"] = SectionKind.WrapUp,
    };

    private static readonly HashSet<string> FillerWords =
        ["section", "questions", "question", "round", "interview", "part", "the"];

    /// <summary>The usual section a name stands for, or <see cref="SectionKind.Other"/>.</summary>
    public static SectionKind ToKind(string name)
    {
        var words = name.ToLowerInvariant()
            .Split([' ', '\t', '-', '_', '/', '&', ':', '.'], StringSplitOptions.RemoveEmptyEntries)
            .Where(word => !FillerWords.Contains(word) && !word.All(char.IsDigit));

        var key = new StringBuilder();
        foreach (var character in string.Concat(words).Where(char.IsLetter))
        {
            key.Append(character);
        }

        return KindsByKey.GetValueOrDefault(key.ToString(), SectionKind.Other);
    }

    /// <summary>The name a section of this kind gets when the input does not name it.</summary>
    public static string DisplayName(SectionKind kind) => kind switch
    {
        SectionKind.Screening => "Screening",
        SectionKind.Technical => "Technical",
        SectionKind.Behavioral => "Behavioral",
        SectionKind.SystemDesign => "System Design",
        SectionKind.WrapUp => "Wrap Up",
        _ => "Other",
    };
}
