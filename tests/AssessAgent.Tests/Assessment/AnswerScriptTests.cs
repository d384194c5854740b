using AssessAgent.Assessment;
using AssessAgent.Assessment.Offline;
using AssessAgent.Reporting;
using AssessAgent.Transcripts;
using Microsoft.Extensions.Options;

namespace AssessAgent.Tests.Assessment;

public sealed class AnswerScriptTests
{
    private const string ArabicDesign = "أستخدم النسخ المتماثل وقوائم الانتظار الدائمة "
        + "وإعادة المحاولة مع التراجع الأسي، "
        + "وأراقب زمن الاستجابة.";

    [Theory]
    [InlineData("أنا مهندس برمجيات منذ ثماني سنوات، عملت على أنظمة الدفع باستخدام Go و Kafka و PostgreSQL.", "Arabic")]
    [InlineData("Я использую репликацию и очереди с повторными попытками.", "Cyrillic")]
    [InlineData("我使用复制和持久队列，并监控延迟。", "Chinese")]
    public void NonLatinScriptOf_AnswerMostlyInAnotherScript_NamesIt(string answer, string script)
    {
        Assert.Equal(script, AnswerScript.NonLatinScriptOf(answer));
    }

    // Evals case 18: names with accents are Latin and must change nothing.
    [Theory]
    [InlineData("I'm Zoë Đặng; I led the São Paulo team's move to Kubernetes at Müller & Søn.")]
    [InlineData("Naïve caching in Łódź hit the façade's résumé service.")]
    [InlineData("Yes.")]
    [InlineData("")]
    public void NonLatinScriptOf_LatinAnswer_IsNull(string answer)
    {
        Assert.Null(AnswerScript.NonLatinScriptOf(answer));
    }

    // Finding 5 of the fresh-user test: relevant Arabic answers scored 0 as "only filler or remarks to the assessor".
    [Fact]
    public async Task Assess_AnswerInArabic_NotJudgedOffTopicButFlaggedAsNotAssessed()
    {
        var answer = await OfflinePipeline.AssessOneAsync(SectionKind.SystemDesign,
            "How would you design a fault-tolerant distributed system?", ArabicDesign);

        Assert.NotEqual(RelevanceLabel.OffTopic, answer.Relevance.Label);
        Assert.Contains("Arabic", answer.Relevance.Reason, StringComparison.Ordinal);
        Assert.Contains(answer.Flags, flag => flag.Kind == AnswerScript.FlagKind);
        Assert.DoesNotContain(answer.Improvements, item => item.Text.Contains("filler", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Assess_InterviewInArabic_InconclusiveSayingTheLanguageCannotBeAssessed()
    {
        var transcript = TestTranscripts.Build(
            (SectionKind.Screening, "Tell me about yourself.",
                "أنا مهندس برمجيات منذ ثماني سنوات، عملت على أنظمة الدفع باستخدام Go و Kafka و PostgreSQL."),
            (SectionKind.SystemDesign, "How would you design a fault-tolerant distributed system?", ArabicDesign),
            (SectionKind.Technical, "How do you keep latency low?", "أراقب زمن الاستجابة وأستخدم التخزين المؤقت."),
            (SectionKind.WrapUp, "Any questions for us?", "كيف يبدو فريق العمل وما هي عملية النشر لديكم؟"));

        var report = await OfflinePipeline.Create(new ReportChecker()).AssessAsync(transcript);

        Assert.Equal(HiringDecision.Inconclusive, report.Recommendation.Decision);
        Assert.Contains("cannot assess", report.Recommendation.Reasoning, StringComparison.Ordinal);
        Assert.Contains("Arabic", report.ExecutiveSummary, StringComparison.Ordinal);
        Assert.False(report.Diagnosis.Misaligned);
        Assert.DoesNotContain(report.AllQuestions, question => question.Relevance.Label == RelevanceLabel.OffTopic);
        Assert.Empty(report.CheckerFindings);
    }
}
