using System.Text.RegularExpressions;
using AssessAgent.Transcripts;

namespace AssessAgent.Reading.Common;

/// <summary>
/// Puts a question into one of the usual interview sections by the words it uses, for inputs that have no sections. The
/// cues are checked in this order and the first match wins: Wrap Up ("any questions for us", "anything else you'd like
/// to", "what would you like to ask me"), Behavioral ("tell me about a time", "describe a situation"), Screening ("tell
/// me about yourself", "your current role", "what are you working on at the moment", "why this role"), System Design
/// ("design a", "how would you architect", "scale to millions"); a question with none of them is Technical.
/// </summary>
internal static partial class SectionClassifier
{
    /// <summary>The section the question belongs to; Technical when no cue matches.</summary>
    public static SectionKind Classify(string question) => Match(question)?.Kind ?? SectionKind.Technical;

    /// <summary>
    /// The cue the question matches, or <see langword="null"/>. A starter cue ("tell me about a time",
    /// "design a") opens a new question of its kind; the other cues ("scale to millions") only classify.
    /// </summary>
    public static SectionCue? Match(string question)
    {
        var text = question.Replace('’', '\'');

        if (WrapUpRegex().IsMatch(text))
        {
            return new SectionCue(SectionKind.WrapUp, IsStarter: true);
        }

        if (BehavioralRegex().IsMatch(text))
        {
            return new SectionCue(SectionKind.Behavioral, IsStarter: true);
        }

        if (ScreeningRegex().IsMatch(text))
        {
            return new SectionCue(SectionKind.Screening, IsStarter: true);
        }

        if (SystemDesignStarterRegex().IsMatch(text))
        {
            return new SectionCue(SectionKind.SystemDesign, IsStarter: true);
        }

        return SystemDesignScaleRegex().IsMatch(text)
            ? new SectionCue(SectionKind.SystemDesign, IsStarter: false)
            : null;
    }

    [GeneratedRegex(
        @"\bany (?:other |more |final |last )?questions (?:for|about) (?:us|me|the team|the role)\b" +
        @"|\b(?:do|did) you have any (?:other |more |final |last )?questions\b|\bwhat questions do you have\b" +
        @"|\banything else (?:you'd|you would) like to\b|\banything (?:you'd|you would) like to (?:ask|add|share)\b" +
        @"|\bwhat would you like to ask (?:me|us)\b|\b(?:is there )?anything you(?:'d| would)? (?:want|like) to ask\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex WrapUpRegex();

    [GeneratedRegex(
        @"\btell (?:me|us) about a (?:time|situation|moment)\b|\bdescribe a (?:time|situation|moment)\b" +
        @"|\bgive (?:me|us) an example of (?:a time|a situation|when)\b|\ba time (?:when|where) you\b" +
        @"|\bhave you ever (?:had|been|dealt|disagreed|failed|made|faced|worked with)\b" +
        @"|\bhow do you (?:handle|deal with|resolve) (?:conflict|disagreement|pressure|stress|feedback|criticism)" +
        @"|\b(?:biggest|greatest) (?:mistake|failure|challenge|weakness|achievement)\b|\bproudest\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex BehavioralRegex();

    [GeneratedRegex(
        @"\btell(?:ing)? (?:me|us) (?:a (?:bit|little) )?(?:more )?about (?:yourself|your (?:current|last" +
        @"|previous|present)" +
        @" (?:role|job|position|work))\b|\bintroduce yourself\b" +
        @"|\bwalk (?:me|us) through your (?:background|resume|résumé|cv|career|experience)\b" +
        @"|\bwhy (?:this|our|the) (?:role|company|position|team|job)\b|\bwhy do you want (?:to|this)\b" +
        @"|\bwhy are you (?:interested|looking|leaving)\b" +
        @"|\bwhat are you (?:currently )?working on (?:at the moment|right now|currently|these days|now)\b" +
        @"|\bwhat (?:interests|attracted|excites|draws) you (?:about|to) (?:this|the|our)\b" +
        @"|\b(?:salary|compensation) expectations\b|\bnotice period\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex ScreeningRegex();

    [GeneratedRegex(
        @"\bdesign (?:a|an|the|your own)\b|\bhow would you (?:architect|design)\b|\barchitecture (?:for" +
        @"|of) (?:a|an)\b" +
        @"|\bsystem design\b|\bhigh[- ]level design\b|\bbuild a (?:system|service|platform) that\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex SystemDesignStarterRegex();

    [GeneratedRegex(
        @"\bscale (?:it |this |that )?(?:up )?to (?:millions|billions)\b" +
        @"|\b(?:millions|billions) of (?:users|requests|urls|messages|events|records)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex SystemDesignScaleRegex();
}

/// <summary>A section cue found in a question.</summary>
/// <param name="Kind">The section the cue points to.</param>
/// <param name="IsStarter">Whether the cue opens a new question of that kind rather than only classifying.</param>
internal sealed record SectionCue(SectionKind Kind, bool IsStarter);
