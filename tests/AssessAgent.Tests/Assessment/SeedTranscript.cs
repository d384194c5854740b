using AssessAgent.Reading;
using AssessAgent.Transcripts;

namespace AssessAgent.Tests.Assessment;

/// <summary>
/// The seed report (shared/samples/seed-report.txt beside the repository), read with the product's loader.
/// </summary>
internal static class SeedTranscript
{
    private static readonly Lazy<Transcript> Seed = new(() => new TranscriptLoader().Load(FindFile()));

    public static Transcript Load() => Seed.Value;

    public static string FindFile()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory);
             directory is not null;
             directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "samples", "seed-report.txt");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("shared/samples/seed-report.txt was not found above the test directory.");
    }
}
