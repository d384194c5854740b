using System.Text.RegularExpressions;

namespace AssessAgent.Assessment.Offline;

/// <summary>Tells from a question's wording which kind of answer it asks for.</summary>
internal static partial class QuestionKindDetector
{
    public static QuestionKind Detect(string question)
    {
        if (WrapUp().IsMatch(question))
        {
            return QuestionKind.WrapUp;
        }

        if (SelfIntroduction().IsMatch(question))
        {
            return QuestionKind.SelfIntroduction;
        }

        if (Behavioral().IsMatch(question))
        {
            return QuestionKind.Behavioral;
        }

        return Motivation().IsMatch(question) ? QuestionKind.Motivation : QuestionKind.General;
    }

    [GeneratedRegex(
        @"\b(any|anything|some)\b.{0,40}\b(questions?|ask)\b.{0,30}\b(us|me|the\s+(role|team|company|position))\b" +
        @"|\bquestions?\b.{0,25}\bfor\s+(us|me)\b|\bwhat\s+would\s+you\s+like\s+to\s+(know|ask)\b" +
        @"|\banything\s+else\b.{0,60}\b(share|ask|add)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WrapUp();

    [GeneratedRegex(
        @"\btell\s+(me|us)\s+(a\s+(bit|little)\s+)?about\s+yourself\b|\bintroduce\s+yourself\b" +
        @"|\bwalk\s+(me|us)\s+through\s+your\s+(background|resume|cv|career)\b|\byour\s+background\b" +
        @"|\byour\s+(current|present)\s+(role|job|position)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SelfIntroduction();

    [GeneratedRegex(
        @"\b(tell\s+(me|us)\s+about|describe|give\s+(me|us)\s+an\s+example\s+of|share)\s+(a|an|one)\s+" +
        @"(time|situation|occasion|instance|moment|project|example|conflict|mistake|failure)\b" +
        @"|\b(tell\s+(me|us)\s+about|describe)\s+(a|an)\s+(\w+\s+){0,3}(you|your\s+team)\s+(\w+ed|were|was|had|" +
        @"made|led|built|shipped|owned|wrote|ran|took|gave|got|did)\b" +
        @"|\bhave\s+you\s+ever\b|\bwhen\s+(was\s+the\s+last\s+time|did\s+you)\b|\bhow\s+did\s+you\s+handle\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Behavioral();

    [GeneratedRegex(
        @"\bwhy\s+(do\s+you\s+want|are\s+you\s+(interested|applying|leaving|looking)|this\s+(role|position|company)|" +
        @"did\s+you\s+apply|us)\b|\bwhat\s+(made|makes)\s+you\s+(apply|want|choose|interested)\w*\b" +
        @"|\bwhat\s+(interests|attracts|excites|motivates)\s+you\b|\bin\s+five\s+years\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Motivation();
}
