namespace AssessAgent.Tests.Store;

public sealed class SqliteAssessmentStoreTests : AssessmentStoreContractTests
{
    protected override StoreBackend CreateBackend() => new SqliteStoreBackend();
}
