using AssessAgent.Tests.TestSupport;

namespace AssessAgent.Tests.Service;

/// <summary>Transcripts to submit.</summary>
internal static class Transcripts
{
    public static string Seed => File.ReadAllText(
        RepositoryPaths.InRepository("evals", "cases", "01-seed-misaligned-report.txt"));

    /// <summary>A one-question Markdown transcript whose answer carries <paramref name="marker"/>.</summary>
    public static string Markdown(string marker, string candidate = "Sam Rivera") =>
        $"""
        # Interview: Backend Developer

        - **Candidate:** {candidate}
        - **Position:** Backend Developer

        ## Technical

        ### Q1. How do you keep an API fast under load?

        **Answer:** I measure first, then cache hot reads and batch writes. Marker {marker}.
        """;
}
