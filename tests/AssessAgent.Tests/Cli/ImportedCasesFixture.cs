using AssessAgent.Store;
using AssessAgent.Tests.TestSupport;

namespace AssessAgent.Tests.Cli;

/// <summary>
/// A store with four eval cases imported once through the executable, shared by the tests that only read it:
/// the seed (Inconclusive), a strong, an average and a weak candidate, each with its own interview day.
/// </summary>
public sealed class ImportedCasesFixture : IAsyncLifetime
{
    public static readonly string[] CaseFiles =
    [
        "01-seed-misaligned-report.txt", "02-strong-backend-engineer.json", "03-average-frontend-developer.md",
        "04-weak-data-engineer.json",
    ];

    public CliStoreFolder Store { get; } = new();

    /// <summary>What the store holds, read directly, to compute what each command should print.</summary>
    public IReadOnlyList<AssessmentSummary> Stored { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var files = CaseFiles.Select(name => Path.Combine(RepositoryPaths.EvalCases, name)).ToArray();
        var result = await Store.RunAsync(["import", .. files]);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"The import failed ({result.ExitCode}): {result.StandardError}");
        }

        Stored = await Store.ListAllAsync();
    }

    public AssessmentSummary Candidate(string name) =>
        Stored.Single(item => item.Candidate?.Contains(name, StringComparison.OrdinalIgnoreCase) == true);

    public Task DisposeAsync()
    {
        Store.Dispose();
        return Task.CompletedTask;
    }
}
