using AssessAgent.Tests.Store;

namespace AssessAgent.Tests.Service;

[RequiresPostgres]
public sealed class PostgresJobQueueTests : JobQueueContractTests
{
    private protected override async Task<ServiceDatabase> CreateDatabaseAsync() =>
        await PostgresServiceDatabase.CreateAsync();
}
