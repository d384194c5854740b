using AssessAgent.Assessment;

namespace AssessAgent.Reporting.Rules;

/// <summary>One piece of text a report prints, with where it comes from.</summary>
/// <param name="Where">Where it is, as words for a message, such as "the executive summary".</param>
/// <param name="Text">The text.</param>
/// <param name="IsQuote">
/// Whether it is the interview's own words (a question, an answer, an evidence quote), in which a candidate may
/// legitimately say "TBD" or "0 minutes".
/// </param>
/// <param name="QuestionId">The question it belongs to, if any.</param>
internal sealed record PrintableText(string Where, string? Text, bool IsQuote = false, string? QuestionId = null)
{
    /// <summary>Every text of the report that a writer prints, in report order.</summary>
    public static IEnumerable<PrintableText> All(AssessmentReport report) =>
        Header(report.Header)
            .Concat(report.Sections.SelectMany(Section))
            .Concat([new("the executive summary", report.ExecutiveSummary)])
            .Concat(Findings("a key strength", report.KeyStrengths))
            .Concat(Findings("an area for improvement", report.AreasForImprovement))
            .Concat(report.Diagnosis.Notes.Select(note => new PrintableText("a diagnosis note", note)))
            .Concat(Recommendation(report.Recommendation))
            .Concat(Previous(report.PreviouslyReported))
            .Concat(Provenance(report.Provenance));

    private static IEnumerable<PrintableText> Header(ReportHeader header) =>
    [
        new("the candidate's name", header.Candidate),
        new("the position", header.Position),
        new("the source path", header.SourcePath),
        new("the source format", header.SourceFormat),
    ];

    private static IEnumerable<PrintableText> Section(SectionAssessment section) =>
        new[] { new PrintableText("a section name", section.Name) }.Concat(section.Questions.SelectMany(Question));

    private static IEnumerable<PrintableText> Question(QuestionAssessment question)
    {
        var id = question.QuestionId;
        yield return new("the question", question.Question, IsQuote: true, id);
        yield return new("the answer", question.Answer, IsQuote: true, id);
        yield return new("the relevance reason", question.Relevance.Reason, QuestionId: id);
        yield return new("the question it seems to answer", question.Relevance.AddressesInstead, QuestionId: id);

        foreach (var feedback in question.Strengths.Concat(question.Improvements))
        {
            yield return new("a strength or improvement", feedback.Text, QuestionId: id);
            yield return new("an evidence quote", feedback.Evidence, IsQuote: true, id);
        }

        foreach (var flag in question.Flags)
        {
            yield return new("a flag", flag.Message, QuestionId: id);
        }
    }

    private static IEnumerable<PrintableText> Findings(string where, IEnumerable<Finding> findings) =>
        findings.SelectMany(finding => new PrintableText[] { new(where, finding.Title), new(where, finding.Detail) });

    private static IEnumerable<PrintableText> Recommendation(HiringRecommendation recommendation) =>
        new PrintableText[] { new("the recommendation's reasoning", recommendation.Reasoning) }
            .Concat(recommendation.NextSteps.Select(step => new PrintableText("a next step", step)));

    private static IEnumerable<PrintableText> Previous(PreviousVerdictComparison? previous) =>
        previous is null
            ? []
            : new PrintableText[] { new("the earlier recommendation", previous.Recommendation, IsQuote: true) }
                .Concat(previous.Disagreements.Select(text => new PrintableText("a disagreement", text)));

    private static IEnumerable<PrintableText> Provenance(Provenance provenance) =>
        new PrintableText[]
        {
            new("the assessor's name", provenance.Assessor),
            new("the model's name", provenance.Model),
            new("the embedding model's name", provenance.EmbeddingModel),
            new("the prompt version", provenance.PromptVersion),
            new("the tool version", provenance.ToolVersion),
        }.Concat(provenance.Notes.Select(note => new PrintableText("a provenance note", note)));
}
