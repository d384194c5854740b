namespace AssessAgent.Service.Jobs;

/// <summary>Wakes an idle worker when a job is queued in this process, so it need not wait for its next poll.</summary>
public sealed class JobSignal
{
    private readonly SemaphoreSlim _pending = new(0, int.MaxValue);

    /// <summary>Says a job was queued.</summary>
    public void Notify() => _pending.Release();

    /// <summary>Waits until a job was queued or the interval has passed.</summary>
    public async Task WaitAsync(TimeSpan interval, CancellationToken cancellationToken) =>
        await _pending.WaitAsync(interval, cancellationToken);
}
