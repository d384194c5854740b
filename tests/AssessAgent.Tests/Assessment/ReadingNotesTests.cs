namespace AssessAgent.Tests.Assessment;

/// <summary>What the reader had to guess reaches the report's diagnosis.</summary>
public sealed class ReadingNotesTests
{
    [Fact]
    public async Task Assess_TranscriptWithReadingNote_DiagnosisCarriesTheNote()
    {
        const string note = "\"How would you know the system is healthy?\" was read as a follow-up of \"Design a " +
            "notification service.\" because it keeps to its subject.";
        var transcript = SeedTranscript.Load() with { ReadingNotes = [note] };

        var report = await OfflinePipeline.Create().AssessAsync(transcript);

        Assert.Contains(note, report.Diagnosis.Notes);
    }
}
