namespace AssessAgent.Tests.Store;

[RequiresPostgres]
public sealed class PostgresAssessmentStoreTests : AssessmentStoreContractTests
{
    protected override StoreBackend CreateBackend() => new PostgresStoreBackend();
}
