using System.Globalization;
using AssessAgent.Assessment;
using Humanizer;

namespace AssessAgent.Reporting;

/// <summary>
/// The words reports print for values, shared by the writers for people and the checker's messages, so that a
/// value reads the same everywhere. Missing data reads "not recorded", never a placeholder.
/// </summary>
internal static class ReportText
{
    public const string NotRecorded = "not recorded";

    public const string NoAnswerRecorded = "No answer recorded";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>"Lean hire" for <see cref="HiringDecision.LeanHire"/>.</summary>
    public static string Decision(HiringDecision decision) => decision.Humanize(LetterCasing.Sentence);

    /// <summary>"lean hire", for the middle of a sentence.</summary>
    public static string DecisionInSentence(HiringDecision decision) => decision.Humanize(LetterCasing.LowerCase);

    /// <summary>The text with a full stop, unless it already ends a sentence (also inside a closing quote).</summary>
    public static string EndSentence(string text)
    {
        var trimmed = text.TrimEnd();
        var last = trimmed.TrimEnd('"', '\'', ')').LastOrDefault();

        return last is '.' or '?' or '!' ? trimmed : trimmed + ".";
    }

    /// <summary>"Off-topic", "Partly relevant", "No answer", "Relevant", in lower case.</summary>
    public static string Relevance(RelevanceLabel label) => label switch
    {
        RelevanceLabel.OffTopic => "off-topic",
        _ => label.Humanize(LetterCasing.LowerCase),
    };

    /// <summary>"weak" for <see cref="ScoreBand.Weak"/>.</summary>
    public static string Band(ScoreBand band) => band.Humanize(LetterCasing.LowerCase);

    /// <summary>"72/100 (good)"; a score outside 0-100 prints without a band.</summary>
    public static string ScoreWithBand(int score) =>
        score is >= 0 and <= 100 ? $"{score}/100 ({Band(ScoreBands.For(score))})" : $"{score}/100";

    /// <summary>"1 question", "3 questions".</summary>
    public static string Count(int count, string noun) => noun.ToQuantity(count);

    /// <summary>
    /// "1 answer misses", "3 answers miss": the count, the noun and a regular verb that agrees with them.
    /// </summary>
    /// <remarks>
    /// A regular verb's third person singular is spelt like a noun's plural (miss, misses; speak, speaks).
    /// </remarks>
    public static string CountAndVerb(int count, string noun, string verb) =>
        $"{noun.ToQuantity(count)} {(count == 1 ? verb.Pluralize(inputIsKnownToBeSingular: true) : verb)}";

    /// <summary>"a, b and c".</summary>
    public static string List(IEnumerable<string> items) => items.Humanize("and");

    /// <summary>"85%".</summary>
    public static string Percentage(double fraction) =>
        double.IsFinite(fraction)
            ? Math.Round(fraction * 100, MidpointRounding.AwayFromZero).ToString("0", Invariant) + "%"
            : NotRecorded;

    /// <summary>"45 minutes", "1 hour and 30 minutes"; "not recorded" when absent or zero.</summary>
    public static string Duration(TimeSpan? duration)
    {
        if (duration is not { } value || value <= TimeSpan.Zero)
        {
            return NotRecorded;
        }

        // Under a minute would humanize as "0 minutes" at minute precision.
        var smallest = value < TimeSpan.FromMinutes(1) ? TimeUnit.Second : TimeUnit.Minute;

        return value.Humanize(precision: 2, minUnit: smallest, collectionSeparator: " and ");
    }

    /// <summary>"6 February 2026"; "not recorded" when absent.</summary>
    public static string Date(DateOnly? date) => date is { } value ? value.ToOrdinalWords() : NotRecorded;

    /// <summary>"2026-02-06 10:29 UTC": provenance times stay exact and unambiguous.</summary>
    public static string Timestamp(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", Invariant);

    /// <summary>"00:01:05" for a position in the recording.</summary>
    public static string Clock(TimeSpan time) => time.ToString(@"hh\:mm\:ss", Invariant);

    /// <summary>"00:01:05 to 00:03:10", or "from 00:01:05" when the end is not known.</summary>
    public static string Span(TimeRange range) =>
        range.End is { } end ? $"{Clock(range.Start)} to {Clock(end)}" : $"from {Clock(range.Start)}";

    /// <summary>The text, or "not recorded" when it is missing or blank.</summary>
    public static string OrNotRecorded(string? text) => string.IsNullOrWhiteSpace(text) ? NotRecorded : text.Trim();
}
