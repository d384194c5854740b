using Microsoft.Extensions.Hosting;

namespace AssessAgent.Service.Jobs;

/// <summary>Creates the jobs table before the server takes requests and the worker starts.</summary>
public sealed class JobStoreInitializer(IJobStore jobs) : IHostedService
{
    /// <inheritdoc/>
    public Task StartAsync(CancellationToken cancellationToken) => jobs.InitializeAsync(cancellationToken);

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
