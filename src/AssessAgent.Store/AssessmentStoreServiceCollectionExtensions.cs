using AssessAgent.Store.Postgres;
using AssessAgent.Store.Sql;
using AssessAgent.Store.Sqlite;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AssessAgent.Store;

/// <summary>Registers the assessment store and its queries.</summary>
public static class AssessmentStoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IAssessmentStore"/> and <see cref="IAssessmentQueries"/> on SQLite or PostgreSQL as
    /// the <c>Store</c> section says. The store embeds with the <see cref="IEmbeddingGenerator{TInput,TEmbedding}"/>
    /// registered at the time it is first resolved, and searches by keyword only when there is none.
    /// </summary>
    public static IServiceCollection AddAssessmentStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AssessmentStoreOptions>()
            .Bind(configuration.GetSection(AssessmentStoreOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);

        services.TryAddSingleton<SqlAssessmentStore>(provider => Create(provider));
        services.TryAddSingleton<IAssessmentStore>(provider => provider.GetRequiredService<SqlAssessmentStore>());
        services.TryAddSingleton<IAssessmentQueries>(provider => provider.GetRequiredService<SqlAssessmentStore>());

        return services;
    }

    private static SqlAssessmentStore Create(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<AssessmentStoreOptions>>().Value;
        var embeddings = provider.GetService<IEmbeddingGenerator<string, Embedding<float>>>();
        var loggers = provider.GetRequiredService<ILoggerFactory>();
        var time = provider.GetRequiredService<TimeProvider>();

        if (options.ResolveProvider() == StoreProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(options.ConnectionString))
            {
                throw new AssessmentStoreException(
                    "Store:Provider is postgres but Store:ConnectionString is empty; set it to the database's " +
                    "connection string.");
            }

            return new PostgresAssessmentStore(
                options.ConnectionString, embeddings, loggers.CreateLogger<PostgresAssessmentStore>(), time);
        }

        var sqliteLogger = loggers.CreateLogger<SqliteAssessmentStore>();

        return string.IsNullOrWhiteSpace(options.ConnectionString)
            ? SqliteAssessmentStore.ForFile(
                options.ResolveSqliteFile(), options.BusyTimeout, embeddings, sqliteLogger, time)
            : new SqliteAssessmentStore(options.ConnectionString, options.BusyTimeout, embeddings, sqliteLogger, time);
    }
}
