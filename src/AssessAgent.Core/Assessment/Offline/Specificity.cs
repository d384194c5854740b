using System.Text.RegularExpressions;

namespace AssessAgent.Assessment.Offline;

/// <summary>
/// How concrete a sentence is: numbers, named technologies, examples, the speaker's own actions and their
/// results. Measured per informative sentence, so that adding sentences cannot raise it.
/// </summary>
internal static partial class Specificity
{
    // Two kinds of detail in one sentence make it fully concrete; one makes it half so.
    private const double SignalsForFullCredit = 2.0;

    public static double OfSentence(string sentence) => Math.Min(1.0, Signals(sentence) / SignalsForFullCredit);

    public static int Signals(string sentence)
    {
        var signals = 0;
        signals += Number().IsMatch(sentence) ? 1 : 0;
        signals += NamedTerm().Matches(sentence).Any(match => match.Index > 0) || TechnicalTerm().IsMatch(sentence)
            ? 1
            : 0;
        signals += Example().IsMatch(sentence) ? 1 : 0;
        signals += OwnAction().IsMatch(sentence) ? 1 : 0;
        signals += Result().IsMatch(sentence) ? 1 : 0;

        return signals;
    }

    /// <summary>Whether a sentence hedges, deflects or admits not knowing.</summary>
    public static bool Hedges(string sentence) => Hedge().IsMatch(sentence);

    [GeneratedRegex(@"\b\d+([.,]\d+)?\s*(%|percent|ms|milliseconds?|seconds?|minutes?|hours?|days?|weeks?|" +
        @"months?|years?|x|times|k|m|gb|mb|tb|rps|qps|users?|people|engineers?|teams?|nodes?|servers?|rows?)?\b" +
        @"|\b(two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    // A capitalized word inside a sentence, or a word with inner capitals, dots or digits: Redis, gRPC, Node.js.
    [GeneratedRegex(@"\b([A-Z][a-z]+[A-Z]\w*|[a-z]+[A-Z]\w*|[A-Z]{2,}\w*|[A-Z][a-z0-9]+(\.[a-z]+)?)\b")]
    private static partial Regex NamedTerm();

    [GeneratedRegex(@"\b(api|sql|cache|queue|index(es)?|shard\w*|replica\w*|partition\w*|transaction\w*|" +
        @"idempoten\w*|latency|throughput|schema|container\w*|pipeline\w*|deploy\w*|rollback|canary|metric\w*|" +
        @"trac(e|es|ing)|logs?|alert\w*|test\w*|thread\w*|lock\w*|retr(y|ies)|timeout\w*|circuit breaker|" +
        @"load balancer|endpoint\w*|token\w*|encrypt\w*|hash\w*|algorithm\w*|complexity|memory|cpu)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TechnicalTerm();

    [GeneratedRegex(@"\b(for example|for instance|such as|e\.g\.|like when|in my (last|previous|current) " +
        @"(role|job|team|company|project)|at my (last|previous|current)|once|last (year|quarter|month))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Example();

    [GeneratedRegex(@"\b(i|we)\s+(then\s+|also\s+|first\s+)?(\w+ed|built|led|wrote|ran|set|made|took|found|" +
        @"chose|broke|cut|put|kept|drove|began|split|moved|own|use|run|add|write|check|start|pick|measure|" +
        @"monitor|compare|keep|store|make|split)\b|\b(i'd|i\s+would|i'll)\s+(\w+)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnAction();

    [GeneratedRegex(@"\b(reduc\w+|improv\w+|increas\w+|decreas\w+|cut|sav\w+|dropp\w+|fell|rose|grew|" +
        @"delivered|shipped|launched|resolved|fixed|prevent\w+|result(ed)?|so that|which (meant|gave|let))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Result();

    /// <summary>Whether a sentence tells how a story ended.</summary>
    public static bool TellsOutcome(string sentence) => Result().IsMatch(sentence) || Outcome().IsMatch(sentence);

    [GeneratedRegex(@"\b(in the end|eventually|so we|we (agreed|released|learned)|i learned|since then)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Outcome();

    [GeneratedRegex(@"\b(i\s+guess|i'?m\s+not\s+(sure|certain)|i\s+don'?t\s+(really\s+)?know|maybe|probably|" +
        @"perhaps|kind\s+of|sort\s+of|i\s+think\s+it|not\s+really|i\s+would\s+just|just\s+(add|use|make|tell)|" +
        @"the\s+same\s+thing|pretty\s+standard|stuff|whatever|someone\s+else|they\s+can\s+(just\s+)?filter|" +
        @"google\s+it|look\s+it\s+up)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Hedge();
}
