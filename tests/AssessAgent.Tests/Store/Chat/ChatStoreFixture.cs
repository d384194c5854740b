using AssessAgent.Assessment;
using AssessAgent.Store.Sql;

namespace AssessAgent.Tests.Store.Chat;

/// <summary>
/// A SQLite store with three imported interviews (Ada's with all four sample questions, Bo's and Cy's with the
/// last two), and a recorder in front of its queries.
/// </summary>
internal sealed class ChatStoreFixture : IAsyncDisposable
{
    private readonly SqliteStoreBackend _backend;

    private ChatStoreFixture(SqliteStoreBackend backend)
    {
        _backend = backend;
        Store = backend.CreateStore(new FakeEmbeddingGenerator());
        Queries = new RecordingQueries(Store);
    }

    public SqlAssessmentStore Store { get; }

    public RecordingQueries Queries { get; }

    public Dictionary<string, string> Ids { get; } = [];

    public static async Task<ChatStoreFixture> CreateAsync()
    {
        var fixture = new ChatStoreFixture(new SqliteStoreBackend());
        var interviews = new[]
        {
            ("Ada Example", "Backend Engineer", HiringDecision.Hire, StoreSamples.BackendInterview),
            ("Bo Sample", "Backend Engineer", HiringDecision.NoHire, StoreSamples.BackendInterview[2..]),
            ("Cy Trial", "Frontend Engineer", HiringDecision.LeanHire, StoreSamples.BackendInterview[2..]),
        };

        foreach (var (candidate, position, decision, questions) in interviews)
        {
            var (report, transcript) = StoreSamples.Interview(
                candidate, position, decision: decision, questions: questions);
            fixture.Ids[candidate] = (await fixture.Store.SaveAsync(report, transcript)).Id;
        }

        return fixture;
    }

    public ValueTask DisposeAsync() => _backend.DisposeAsync();
}
