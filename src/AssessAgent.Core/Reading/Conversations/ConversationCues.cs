using System.Text.RegularExpressions;
using AssessAgent.Reading.Common;

namespace AssessAgent.Reading.Conversations;

/// <summary>
/// The word patterns the conversation reader recognizes. Patterns run on one sentence, lower-cased, with curly
/// apostrophes made straight. They are English: in another language only question marks find questions, and
/// requests, small talk and follow-up openings go unrecognized.
/// </summary>
internal static partial class ConversationCues
{
    /// <summary>Greetings, audio checks, pleasantries and goodbyes, from either side.</summary>
    [GeneratedRegex(
        @"^(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening)|welcome)\b" +
        @"|\b(?:thanks|thank you)\b.*\b(?:for (?:joining|coming|having|taking|your time|the time|making (?:the )?time" +
        @"|the opportunity)|again)\b" +
        @"|^(?:thanks|thank you|cheers|many thanks)(?: so much| very much| a lot)?[\s,!.]*[\p{L}]*[\s!.]*$" +
        @"|\bcan you (?:hear|see) me\b|\b(?:hear|see) (?:me|you) (?:ok|okay|alright|all right|fine|well|now)\b" +
        @"|\bi can (?:hear|see) you\b|\byou'?re (?:on )?mute|\b(?:my|your) (?:audio|video|connection|mic)\b" +
        @"|\bcan you see my screen\b|\bhow are you(?: doing)?(?: today| this morning)?\s*[?.!]*$" +
        @"|\bhow(?:'s| is) (?:your|it) (?:day|going|week)\b|\bhow was your (?:weekend|day|morning)\b" +
        @"|\b(?:nice|great|good|lovely|pleasure) to (?:meet|see|chat with|talk (?:to|with)) you\b|^(?:a )?pleasure\b" +
        @"|\bhave a (?:great|good|nice|lovely) (?:day|weekend|evening|one|afternoon)\b" +
        @"|^(?:bye|goodbye|bye-bye|take care|see you|talk soon)\b" +
        @"|^(?:i'?m|i am) (?:doing )?(?:good|great|well|fine|ok|okay|alright)\b|^(?:doing|all) (?:good|well" +
        @"|great|fine)\b" +
        @"|^not (?:too )?bad\b|^(?:you too|likewise|same here)\b" +
        @"|\b(?:that'?s|that is) (?:all|it|everything) (?:from|for) (?:me|us|today|my side)\b|\bwe'?ll be in touch\b" +
        @"|\b(?:i|we) (?:will|'ll) (?:get back|follow up) (?:to|with) you\b")]
    public static partial Regex Social();

    /// <summary>An interviewer's remarks about the call itself: introductions, timing, how it will run.</summary>
    [GeneratedRegex(
        @"\b(?:this|the|today'?s) (?:interview|call|session|conversation) (?:will|should|is going to) (?:take" +
        @"|last|be)\b" +
        @"|\bwe have (?:about |around )?\d+ minutes\b|\b(?:feel free|don'?t hesitate) to ask\b" +
        @"|\bi'?ll (?:be )?tak(?:e|ing) (?:some )?notes\b" +
        @"|\bleave (?:some )?time (?:at the end )?for (?:your )?questions\b")]
    public static partial Regex InterviewerSocial();

    /// <summary>
    /// An interviewer introducing themself ("I'm Dana, I lead the platform team"); runs on the original case.
    /// </summary>
    [GeneratedRegex(@"^(?:[Mm]y name is|I'm|I am) \p{Lu}[\p{L}'-]*")]
    public static partial Regex SelfIntroduction();

    /// <summary>Short acknowledgements an interviewer makes while the candidate talks.</summary>
    [GeneratedRegex(
        @"^(?:ok(?:ay)?|great|cool|good|nice|perfect|awesome|right|alright|all right|sure|got it|i see|makes sense" +
        @"|sounds good|mm+-?hm+|mhm|uh-huh|yeah|yes|yep|interesting|excellent|wonderful|fantastic|thanks|thank you" +
        @"|understood|fair enough|that makes sense|that'?s (?:great|helpful|interesting|fair|good|clear))\b")]
    public static partial Regex Acknowledgement();

    /// <summary>An announced change of topic.</summary>
    [GeneratedRegex(
        @"\b(?:let'?s|let us|we'?ll|i'?d like to|i want to|we can) (?:now )?(?:move on|move to|switch|change" +
        @"|shift|turn to|talk about|start|begin|get started|dive in|kick off|go to|jump)\b" +
        @"|^(?:moving on|next question|next up|switching gears|changing gears|on a different (?:note|topic)" +
        @"|for the next|my next question|another question|(?:a )?different topic|next one)\b|\bnext question\b" +
        @"|\blet'?s (?:go|get|do some|switch to) (?:technical|behaviou?ral|coding|design|system design)\b")]
    public static partial Regex Transition();

    /// <summary>
    /// A sentence that only counts questions off ("First technical question.", "Last one on this:"); dropped from
    /// question texts without meaning a change of topic.
    /// </summary>
    [GeneratedRegex(
        @"^(?:the |my |our )?(?:first|next|last|final|second|third|another|one more)(?: \w+)? (?:question|one)" +
        @"(?: for you| on this| from me)?[.!:]*$")]
    public static partial Regex Announcement();

    /// <summary>Filler that opens a sentence ("Okay, so, next question:") and is dropped from question texts.</summary>
    [GeneratedRegex(
        @"^(?:(?:next question|next one|next up|moving on|switching gears|changing gears|let'?s move on" +
        @"|let'?s switch gears" +
        @"|to start with|to begin with|first of all|first|firstly|thank you|thanks|ok(?:ay)?|so|alright" +
        @"|all right|great" +
        @"|cool|right|now|next|good|perfect)" +
        @"(?:[\s,:.!\u2014\u2013-]+|$))+",
        RegexOptions.IgnoreCase)]
    public static partial Regex LeadingFiller();

    /// <summary>A sentence that asks or requests something, judged from how it starts.</summary>
    [GeneratedRegex(
        @"^(?:tell (?:me|us)|describe|explain|walk (?:me|us) through|talk (?:me |us )?(?:through|about)" +
        @"|give (?:me|us)" +
        @"|share|design|imagine|suppose|let'?s say|say you|pretend|compare|define|how (?:would|do|did|does|can" +
        @"|will|should|is|are)" +
        @"|what(?:'s| is| are| was| were| would| do| did| does| happens| if| about)|why|when (?:would|do|did|should)" +
        @"|which|can you|could you|would you|do you|did you|have you|are you|is there|were you|will you)\b")]
    public static partial Regex QuestionStart();

    /// <summary>How a follow-up opens: asking for more, "why", "and how would", "you mentioned".</summary>
    [GeneratedRegex(
        @"^(?:and|but|then|plus)\b" +
        @"|^(?:can|could|would) you (?:say|tell (?:me|us)|talk|speak|go|expand|elaborate|dig|drill|walk (?:me" +
        @"|us) through)" +
        @" (?:a (?:bit|little) |some )?(?:more|further|deeper|into that|through that|on that)\b" +
        @"|^(?:tell|say) (?:me |us )?(?:a (?:bit|little) )?more\b" +
        @"|\b(?:elaborate|expand on|clarify|go deeper|dig deeper|drill down|unpack)\b" +
        @"|^why\b|^how so\b|^what do you mean\b|^what does that mean\b" +
        @"|^(?:what|how) would (?:that|it|this|those)\b|^how (?:does|did|do|would|will|could) (?:that|it|this" +
        @"|those|they)\b" +
        @"|^(?:is|was|would|does|did|could|can|will) (?:that|it|this|those|they)\b" +
        @"|^(?:can|could) you give (?:me |us )?(?:an|a concrete|a specific|some|any|another) example" +
        @"|^(?:for example|such as|like what|anything else|what else|and then)\b" +
        @"|^you (?:mentioned|said|talked about|brought up)\b|^going back to\b|^(?:in|on) that\b|^building on\b" +
        @"|^follow(?:ing)?[- ]up\b|^(?:just )?to clarify\b")]
    public static partial Regex FollowUpStart();

    /// <summary>
    /// An opening that may probe the answer ("What about writes?", "What if it fails?") or bring a new subject
    /// ("What about Kafka consumer lag?"); what follows it decides.
    /// </summary>
    [GeneratedRegex(@"^(?:what|how) about\b|^what if\b")]
    public static partial Regex SubjectProbeStart();

    /// <summary>
    /// Such an opening followed by something already known ("What about the outcome?", "What if its disk fills
    /// up?"): the definite article or a possessive points back to the exchange.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:what|how) about|what if) (?:the|its|their|his|her)\b")]
    public static partial Regex KnownSubjectProbe();

    /// <summary>A reference to the thing being designed ("the system", "your design", "this service").</summary>
    [GeneratedRegex(
        @"\b(?:the|this|that|your|our) (?:system|service|design|solution|architecture|pipeline|platform|setup|api" +
        @"|backend|database|storage|cache|queue|cluster|app|application)s?\b")]
    public static partial Regex DesignReference();

    /// <summary>A word that points back to what was just said.</summary>
    [GeneratedRegex(@"\b(?:it|that|this|those|these|they|them|there)\b")]
    public static partial Regex BackReference();

    /// <summary>An imperative that opens a fresh design problem ("Design a chat system.").</summary>
    [GeneratedRegex(@"^(?:let'?s |now,? )?design (?:a|an)\b")]
    public static partial Regex FreshDesignProblem();

    /// <summary>
    /// Sentence boundaries: white space after a full stop, exclamation mark, question mark or ellipsis of any
    /// script (the ideographic '。' and '！', the Urdu '۔', the Devanagari '।', the question marks of
    /// <see cref="QuestionMarks"/>), and line breaks.
    /// </summary>
    [GeneratedRegex(@"(?<=[.!\u2026\u3002\uFF01\u06D4\u0964" + QuestionMarks.RegexClass + @"])\s+|\n+")]
    public static partial Regex SentenceBreak();

    /// <summary>Where a new clause starts inside a sentence: after a colon, semicolon or dash.</summary>
    [GeneratedRegex(@"[:;\u2014\u2013]\s*|\s-\s+")]
    public static partial Regex ClauseBreak();

    /// <summary>A comma and the space after it, where a question may start after a remark.</summary>
    [GeneratedRegex(@",\s+")]
    public static partial Regex CommaBreak();

    /// <summary>
    /// A sentence opening with a condition, a setting or a conjunction ("If you had more time, how would you...",
    /// "And looking back, what would you...") whose question needs its opening, so it is not split at the comma.
    /// </summary>
    [GeneratedRegex(
        @"^(?:and|but|or|plus|also|if|when|while|given|assuming|suppose|say|in|for|since|because|as|once|after" +
        @"|before|with|without|imagine" +
        @"|let'?s say|thinking|looking|based|from|on|at|during|between|of|to (?!start|begin))\b")]
    public static partial Regex SubordinateStart();

    /// <summary>A word by which a question points back to the statement before it.</summary>
    [GeneratedRegex(@"^(?:it|that|this|them|those|these|its)$")]
    public static partial Regex LeadInReference();

    /// <summary>Words, for counting and overlap.</summary>
    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'-]*")]
    public static partial Regex Word();
}
