using Xunit.Abstractions;
using Xunit.Sdk;

namespace AssessAgent.Tests.Store;

/// <summary>
/// A fact of the backend-neutral store tests. It runs like <see cref="FactAttribute"/>, except that in a test
/// class marked <see cref="RequiresPostgresAttribute"/> it is reported as skipped when
/// <c>ASSESSAGENT_TEST_POSTGRES</c> is not set, so the same tests serve both backends.
/// </summary>
[XunitTestCaseDiscoverer("AssessAgent.Tests.Store.BackendFactDiscoverer", "AssessAgent.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class BackendFactAttribute : FactAttribute;

/// <summary>Marks a test class whose tests need the PostgreSQL test database.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresPostgresAttribute : Attribute
{
    public const string SkipReason =
        "ASSESSAGENT_TEST_POSTGRES is not set; run scripts/start-test-postgres.sh and export what it prints.";
}

/// <summary>
/// A fact that needs the PostgreSQL test database: skipped, with the reason, when <c>ASSESSAGENT_TEST_POSTGRES</c>
/// is not set.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresStoreBackend.ConnectionString is null)
        {
            Skip = RequiresPostgresAttribute.SkipReason;
        }
    }
}

/// <summary>Finds <see cref="BackendFactAttribute"/> tests; whether they skip is decided per concrete class.</summary>
public sealed class BackendFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(
        ITestFrameworkDiscoveryOptions discoveryOptions,
        ITestMethod testMethod,
        IAttributeInfo factAttribute)
    {
        yield return new BackendTestCase(
            diagnosticMessageSink,
            discoveryOptions.MethodDisplayOrDefault(),
            discoveryOptions.MethodDisplayOptionsOrDefault(),
            testMethod);
    }
}

/// <summary>A test case that skips when its class needs PostgreSQL and none is configured.</summary>
public sealed class BackendTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public BackendTestCase()
    {
    }

    public BackendTestCase(
        IMessageSink diagnosticMessageSink,
        TestMethodDisplay defaultMethodDisplay,
        TestMethodDisplayOptions defaultMethodDisplayOptions,
        ITestMethod testMethod)
        : base(diagnosticMessageSink, defaultMethodDisplay, defaultMethodDisplayOptions, testMethod)
    {
    }

    protected override string? GetSkipReason(IAttributeInfo factAttribute)
    {
        var needsPostgres = TestMethod.TestClass.Class
            .GetCustomAttributes(typeof(RequiresPostgresAttribute).AssemblyQualifiedName)
            .Any();

        return needsPostgres && PostgresStoreBackend.ConnectionString is null
            ? RequiresPostgresAttribute.SkipReason
            : base.GetSkipReason(factAttribute);
    }
}
