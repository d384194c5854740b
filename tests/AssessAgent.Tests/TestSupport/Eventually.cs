namespace AssessAgent.Tests.TestSupport;

/// <summary>
/// Waits for a state another thread brings about, such as a number of calls parked on a gate. It asserts the state,
/// never how long it took: the limit is only there so that a broken test fails instead of hanging.
/// </summary>
internal static class Eventually
{
    /// <param name="condition">The state to wait for.</param>
    /// <param name="description">The state in words, for the failure message.</param>
    /// <param name="observed">What the failure message shows of the state as it was last seen.</param>
    /// <param name="limit">How long to wait before failing; two minutes unless given.</param>
    public static async Task HoldsAsync(
        Func<bool> condition,
        string description,
        Func<string>? observed = null,
        TimeSpan? limit = null)
    {
        using var cancellation = new CancellationTokenSource(limit ?? TimeSpan.FromMinutes(2));
        while (!condition())
        {
            try
            {
                await Task.Delay(20, cancellation.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"Never came about: {description}. Last seen: {observed?.Invoke() ?? "(not shown)"}.");
            }
        }
    }
}
