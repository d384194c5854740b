namespace AssessAgent.Evals.Caching;

/// <summary>
/// Counts the response cache's hits, misses and bypasses across the process. Register one instance; every
/// <see cref="ResponseCachingChatClient"/> reports into it, and an eval run reads its hit rate.
/// </summary>
public sealed class ResponseCacheStatistics
{
    private long _hits;
    private long _misses;
    private long _bypassed;

    public long Hits => Interlocked.Read(ref _hits);

    public long Misses => Interlocked.Read(ref _misses);

    /// <summary>Calls that neither read nor wrote the cache, because it was switched off.</summary>
    public long Bypassed => Interlocked.Read(ref _bypassed);

    /// <summary>A copy of the counters now, to subtract from a later one.</summary>
    public CacheCounts Snapshot() => new(Hits, Misses, Bypassed);

    internal void RecordHit() => Interlocked.Increment(ref _hits);

    internal void RecordMiss() => Interlocked.Increment(ref _misses);

    internal void RecordBypass() => Interlocked.Increment(ref _bypassed);
}

/// <summary>The response cache's counters at one moment, or their change between two.</summary>
public sealed record CacheCounts(long Hits, long Misses, long Bypassed)
{
    public long Lookups => Hits + Misses + Bypassed;

    /// <summary>The share of model replies served from the cache; null when nothing was asked.</summary>
    public double? HitRate => Lookups == 0 ? null : (double)Hits / Lookups;

    public CacheCounts Since(CacheCounts earlier) =>
        new(Hits - earlier.Hits, Misses - earlier.Misses, Bypassed - earlier.Bypassed);
}
