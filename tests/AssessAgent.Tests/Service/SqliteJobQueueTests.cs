namespace AssessAgent.Tests.Service;

public sealed class SqliteJobQueueTests : JobQueueContractTests
{
    private protected override Task<ServiceDatabase> CreateDatabaseAsync() =>
        Task.FromResult<ServiceDatabase>(new SqliteServiceDatabase());
}
