using System.Security.Cryptography;
using AssessAgent.Assessment;
using AssessAgent.Store.Serialization;
using AssessAgent.Transcripts;

namespace AssessAgent.Store.Sql;

/// <summary>One assessment laid out as the store's rows, before it is written.</summary>
internal sealed record AssessmentRecord(
    string Id,
    string DedupeKey,
    string ContentHash,
    AssessmentReport Report,
    string ReportJson,
    string? TranscriptJson,
    DateOnly AssessmentDay,
    double? MeanScore,
    DateTimeOffset StoredAt,
    IReadOnlyList<QuestionRecord> Questions)
{
    public static AssessmentRecord Create(AssessmentReport report, Transcript? transcript, DateTimeOffset storedAt)
    {
        var contentHash = Sql.ContentHash.Of(report);
        var provenance = report.Provenance;
        var dedupeKey = string.Join('|', contentHash, provenance.Assessor, provenance.Model, provenance.PromptVersion);
        var scores = report.AllQuestions.Select(question => question.Score).ToList();

        var questions = report.Sections
            .SelectMany(section => section.Questions.Select(question => (section, question)))
            .Select((pair, ordinal) => QuestionRecord.Create(pair.section, pair.question, ordinal))
            .ToList();

        return new AssessmentRecord(
            NewId(),
            dedupeKey,
            contentHash,
            report,
            StoreJson.Serialize(report),
            transcript is null ? null : StoreJson.Serialize(transcript),
            report.Header.InterviewDate ?? DateOnly.FromDateTime(provenance.GeneratedAt.UtcDateTime),
            scores.Count > 0 ? scores.Average() : null,
            storedAt,
            questions);
    }

    /// <summary>Twelve hex digits: short enough to type, random enough not to collide in one store.</summary>
    public static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));

    /// <summary>Whether the text is an id as <see cref="NewId"/> makes them.</summary>
    public static bool IsId(string text) =>
        text.Length == 12 && text.All(character => char.IsAsciiDigit(character) || character is >= 'a' and <= 'f');
}

/// <summary>One question of an assessment as the store's row.</summary>
internal sealed record QuestionRecord(
    int Ordinal,
    string QuestionId,
    string Section,
    SectionKind SectionKind,
    string Question,
    string? Answer,
    string Feedback,
    int Score,
    RelevanceLabel Relevance,
    TimeSpan? AskedAt,
    TimeSpan? AnsweredUntil)
{
    public static QuestionRecord Create(SectionAssessment section, QuestionAssessment question, int ordinal)
    {
        var feedback = question.Strengths.Concat(question.Improvements).Select(item => item.Text);

        return new QuestionRecord(
            ordinal,
            question.QuestionId,
            section.Name,
            section.Kind,
            question.Question,
            question.Answer,
            string.Join('\n', feedback),
            question.Score,
            question.Relevance.Label,
            question.Timestamps?.Start,
            question.Timestamps?.End);
    }

    /// <summary>The texts embedded for search, by kind; an empty answer or feedback is left out.</summary>
    public IEnumerable<(string Kind, string Text)> EmbeddedTexts()
    {
        yield return (EmbeddingKinds.Question, Question);

        if (!string.IsNullOrWhiteSpace(Answer))
        {
            yield return (EmbeddingKinds.Answer, Answer);
        }

        if (!string.IsNullOrWhiteSpace(Feedback))
        {
            yield return (EmbeddingKinds.Feedback, Feedback);
        }
    }
}

/// <summary>What an embedding row embeds.</summary>
internal static class EmbeddingKinds
{
    public const string Question = "question";
    public const string Answer = "answer";
    public const string Feedback = "feedback";
}
