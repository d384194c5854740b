using AssessAgent.Reading;
using AssessAgent.Tests.Reading;
using AssessAgent.Transcripts;

namespace AssessAgent.Tests.Assessment;

/// <summary>
/// The seed report (shared/samples/seed-report.txt beside the repository), read with the product's loader.
/// </summary>
internal static class SeedTranscript
{
    private static readonly Lazy<Transcript> Seed = new(() => new TranscriptLoader().Load(RepositoryPaths.SeedReport));

    public static Transcript Load() => Seed.Value;
}
