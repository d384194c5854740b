using System.Security.Cryptography;
using System.Text;
using AssessAgent.Assessment;

namespace AssessAgent.Store.Sql;

/// <summary>
/// The hash that says two assessments are of the same interview: candidate, position, day, and every question
/// with its section and answer. It is computed from the report, which carries all of them, so that an imported
/// report and a fresh assessment of its transcript hash alike; the file's path and format do not count.
/// </summary>
internal static class ContentHash
{
    private const char FieldSeparator = '\u001f';
    private const char RecordSeparator = '\u001e';

    public static string Of(AssessmentReport report)
    {
        var content = new StringBuilder();
        var header = report.Header;
        Append(content, header.Candidate, header.Position, header.InterviewDate?.ToString("yyyy-MM-dd"));

        foreach (var question in report.AllQuestions)
        {
            Append(content, question.Section, question.QuestionId, question.Question, question.Answer);
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(content.ToString()));

        return Convert.ToHexStringLower(hash);
    }

    private static void Append(StringBuilder content, params string?[] fields)
    {
        foreach (var field in fields)
        {
            content.Append(field?.Trim()).Append(FieldSeparator);
        }

        content.Append(RecordSeparator);
    }
}
