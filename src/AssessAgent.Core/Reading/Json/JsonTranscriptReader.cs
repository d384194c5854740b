using System.Globalization;
using System.Text.Json;
using AssessAgent.Reading.Common;
using AssessAgent.Transcripts;

namespace AssessAgent.Reading.Json;

/// <summary>
/// Reads a JSON transcript (an object with "sections"), validated against schemas/transcript.schema.json first so
/// that every problem is reported with its JSON path.
/// </summary>
internal sealed class JsonTranscriptReader : ITranscriptReader
{
    public TranscriptFormat Format => TranscriptFormat.Json;

    public IReadOnlyCollection<string> Extensions { get; } = [".json"];

    public bool RecognizesContent(TranscriptInput input) => input.Start.StartsWith("{") || input.Start.StartsWith("[");

    public Transcript Read(TranscriptInput input, TranscriptReadOptions options)
    {
        using var document = JsonInput.Parse(input);
        var root = document.RootElement;

        TranscriptSchema.Validate(input, root);

        return new Transcript
        {
            Candidate = OptionalText(root, "candidate"),
            Position = OptionalText(root, "position"),
            InterviewDate = OptionalText(root, "interviewDate") is { } date
                ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture)
                : null,
            Duration = DurationOf(root),
            Sections = ReadSections(input, root.GetProperty("sections")),
        };
    }

    private static List<TranscriptSection> ReadSections(TranscriptInput input, JsonElement sections)
    {
        var ids = new QuestionIdGenerator();
        ReserveGivenIds(input, sections, ids);

        var result = new List<TranscriptSection>();
        foreach (var section in sections.EnumerateArray())
        {
            var name = section.GetProperty("name").GetString()!.Trim();
            var kind = section.TryGetProperty("kind", out var kindElement)
                ? Enum.Parse<SectionKind>(kindElement.GetString()!, ignoreCase: true)
                : SectionNames.ToKind(name);

            var questions = section.GetProperty("questions").EnumerateArray()
                .Select(question => ReadQuestion(question, name, ids))
                .ToList();

            result.Add(new TranscriptSection(name, kind, questions));
        }

        return result;
    }

    // Given ids are reserved first so that an id generated for an earlier question never takes a later one's.
    private static void ReserveGivenIds(TranscriptInput input, JsonElement sections, QuestionIdGenerator ids)
    {
        var sectionIndex = 0;
        foreach (var section in sections.EnumerateArray())
        {
            var questionIndex = 0;
            foreach (var question in section.GetProperty("questions").EnumerateArray())
            {
                if (question.TryGetProperty("id", out var id) && !ids.TryReserve(id.GetString()!.Trim()))
                {
                    throw TranscriptReadException.AtJsonPath(input.DisplayPath,
                        $"sections[{sectionIndex}].questions[{questionIndex}].id",
                        $"the id \"{id.GetString()}\" is used by an earlier question; ids must be unique");
                }

                questionIndex++;
            }

            sectionIndex++;
        }
    }

    private static InterviewQuestion ReadQuestion(JsonElement question, string sectionName, QuestionIdGenerator ids)
    {
        var id = OptionalText(question, "id") ?? ids.Next(sectionName);

        return new InterviewQuestion
        {
            Id = id,
            Text = question.GetProperty("question").GetString()!.Trim(),
            Answer = OptionalText(question, "answer"),
            Weight = question.TryGetProperty("weight", out var weight) ? weight.GetDouble() : 1.0,
            Rubric = question.TryGetProperty("rubric", out var rubric) ? ReadRubric(rubric) : null,
            Turns = question.TryGetProperty("turns", out var turns) ? ReadTurns(turns) : [],
        };
    }

    private static Rubric ReadRubric(JsonElement rubric)
    {
        var points = rubric.GetProperty("keyPoints").EnumerateArray()
            .Select(point => point.ValueKind == JsonValueKind.String
                ? new RubricKeyPoint(point.GetString()!.Trim())
                : new RubricKeyPoint(point.GetProperty("text").GetString()!.Trim(),
                    point.TryGetProperty("weight", out var weight) ? weight.GetDouble() : 1.0))
            .ToList();

        return new Rubric(points);
    }

    private static List<Turn> ReadTurns(JsonElement turns) =>
        turns.EnumerateArray().Select(turn =>
        {
            var role = turn.GetProperty("role").GetString() == "interviewer"
                ? SpeakerRole.Interviewer
                : SpeakerRole.Candidate;

            var speaker = OptionalText(turn, "speaker") ?? role.ToString();

            return new Turn(role, speaker, turn.GetProperty("text").GetString()!, TimeOf(turn, "start"),
                TimeOf(turn, "end"));
        }).ToList();

    private static TimeSpan? TimeOf(JsonElement owner, string property)
    {
        if (!owner.TryGetProperty(property, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number
            ? TimeSpan.FromSeconds(value.GetDouble())
            : TimestampParser.Parse(value.GetString()!);
    }

    private static TimeSpan? DurationOf(JsonElement root) =>
        root.TryGetProperty("durationMinutes", out var minutes) && minutes.ValueKind == JsonValueKind.Number
            && minutes.GetDouble() > 0
            ? TimeSpan.FromMinutes(minutes.GetDouble())
            : null;

    private static string? OptionalText(JsonElement owner, string property) =>
        owner.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;
}
