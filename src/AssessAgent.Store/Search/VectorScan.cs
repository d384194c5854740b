using System.Buffers;
using System.Numerics;

namespace AssessAgent.Store.Search;

/// <summary>
/// One search's pass over a <see cref="VectorIndex"/>'s pages: scores slots by their int8 codes and keeps the best
/// few in a bounded heap, optionally after a sign-bit pass that picks which slots to score. A large scan is split
/// between the cores by pages.
/// </summary>
internal sealed class VectorScan
{
    /// <summary>Below this many pages one core scans them all; starting threads would cost more.</summary>
    private const int PagesPerPartition = 8;

    private readonly List<VectorPage> _pages;
    private readonly short[] _query;
    private readonly float _queryFactor;
    private readonly ulong[] _querySigns;
    private readonly float _floor;
    private readonly int _keep;
    private readonly PriorityQueue<int, float> _best = new();

    /// <param name="pages">The index's pages.</param>
    /// <param name="query">The query vector, as long as the index's vectors.</param>
    /// <param name="floor">Slots scoring under this are not kept.</param>
    /// <param name="keep">How many slots to keep: three per question wanted, as a question has up to three.</param>
    public VectorScan(List<VectorPage> pages, ReadOnlySpan<float> query, float floor, int keep)
    {
        _pages = pages;
        _query = new short[query.Length];
        _queryFactor = Int8Vectors.QuantizeQuery(query, _query);
        _querySigns = new ulong[(query.Length + 63) / 64];
        SignBits.Write(query, _querySigns);
        _floor = floor;
        _keep = keep;
    }

    /// <summary>Scores the given slots.</summary>
    public void Score(IEnumerable<int> slots)
    {
        foreach (var slot in slots)
        {
            Consider(_best, slot, ScoreOf(slot));
        }
    }

    /// <summary>Scores every used slot below <paramref name="slotsUsed"/>.</summary>
    public void ScoreAllPages(int slotsUsed)
    {
        var partitions = Partition(slotsUsed);
        var heaps = new PriorityQueue<int, float>[partitions.Length];

        Parallel.For(0, partitions.Length, partition =>
        {
            var heap = new PriorityQueue<int, float>();
            var (from, to) = partitions[partition];
            for (var first = from; first < to; first += VectorPage.Slots)
            {
                ScorePage(heap, first, Math.Min(to - first, VectorPage.Slots));
            }

            heaps[partition] = heap;
        });

        Merge(heaps);
    }

    /// <summary>
    /// Scores the <paramref name="candidates"/> used slots whose sign bits are closest to the query's.
    /// </summary>
    public void ScoreClosestBySigns(int slotsUsed, int candidates)
    {
        var distances = ArrayPool<ushort>.Shared.Rent(slotsUsed);
        try
        {
            var partitions = Partition(slotsUsed);
            var histograms = new int[partitions.Length][];
            Parallel.For(0, partitions.Length, partition =>
            {
                var histogram = new int[_query.Length + 2];
                var (from, to) = partitions[partition];
                for (var first = from; first < to; first += VectorPage.Slots)
                {
                    MeasurePage(distances, histogram, first, Math.Min(to - first, VectorPage.Slots));
                }

                histograms[partition] = histogram;
            });

            var threshold = Threshold(histograms, candidates);
            var taken = 0;
            for (var slot = 0; slot < slotsUsed && taken < candidates * 2; slot++)
            {
                if (distances[slot] <= threshold)
                {
                    Consider(_best, slot, ScoreOf(slot));
                    taken++;
                }
            }
        }
        finally
        {
            ArrayPool<ushort>.Shared.Return(distances);
        }
    }

    /// <summary>Scores the <paramref name="candidates"/> of the given slots whose sign bits are closest.</summary>
    public void ScoreClosestBySigns(IReadOnlyList<int> slots, int candidates)
    {
        var distances = new ushort[slots.Count];
        var histogram = new int[_query.Length + 2];
        for (var index = 0; index < slots.Count; index++)
        {
            distances[index] = SignDistance(slots[index]);
            histogram[distances[index]]++;
        }

        var threshold = Threshold([histogram], candidates);
        Score(Enumerable.Range(0, slots.Count)
            .Where(index => distances[index] <= threshold)
            .Take(candidates * 2)
            .Select(index => slots[index]));
    }

    /// <summary>The distinct questions of the kept slots, best first, at most <paramref name="count"/>.</summary>
    public IEnumerable<int> BestQuestions(int count)
    {
        var slots = new List<(int Slot, float Score)>(_best.Count);
        while (_best.TryDequeue(out var slot, out var score))
        {
            slots.Add((slot, score));
        }

        return slots
            .OrderByDescending(item => item.Score)
            .Select(item => QuestionOf(item.Slot))
            .Distinct()
            .Take(count);
    }

    private void ScorePage(PriorityQueue<int, float> heap, int first, int count)
    {
        var page = _pages[first / VectorPage.Slots];
        var dimensions = page.Dimensions;
        for (var offset = 0; offset < count; offset++)
        {
            if (page.Questions[offset] >= 0)
            {
                var dot = Int8Vectors.Dot(page.Codes.AsSpan(offset * dimensions, dimensions), _query);
                Consider(heap, first + offset, dot * page.Factors[offset] * _queryFactor);
            }
        }
    }

    private void MeasurePage(ushort[] distances, int[] histogram, int first, int count)
    {
        var page = _pages[first / VectorPage.Slots];
        var signs = page.Signs;
        var words = page.SignWords;
        for (var offset = 0; offset < count; offset++)
        {
            if (page.Questions[offset] < 0)
            {
                distances[first + offset] = ushort.MaxValue;
                continue;
            }

            var distance = 0;
            var start = offset * words;
            for (var word = 0; word < words; word++)
            {
                distance += BitOperations.PopCount(signs[start + word] ^ _querySigns[word]);
            }

            distances[first + offset] = (ushort)distance;
            histogram[distance]++;
        }
    }

    private float ScoreOf(int slot)
    {
        var page = _pages[slot / VectorPage.Slots];
        var offset = slot % VectorPage.Slots;

        return Int8Vectors.Dot(page.CodesOf(offset), _query) * page.Factors[offset] * _queryFactor;
    }

    private ushort SignDistance(int slot)
    {
        var page = _pages[slot / VectorPage.Slots];

        return (ushort)SignBits.Distance(page.SignsOf(slot % VectorPage.Slots), _querySigns);
    }

    private int QuestionOf(int slot) => _pages[slot / VectorPage.Slots].Questions[slot % VectorPage.Slots];

    private void Consider(PriorityQueue<int, float> heap, int slot, float score)
    {
        if (score < _floor)
        {
            return;
        }

        if (heap.Count < _keep)
        {
            heap.Enqueue(slot, score);
        }
        else if (heap.TryPeek(out _, out var lowest) && score > lowest)
        {
            heap.EnqueueDequeue(slot, score);
        }
    }

    private void Merge(IEnumerable<PriorityQueue<int, float>> heaps)
    {
        foreach (var heap in heaps)
        {
            while (heap.TryDequeue(out var slot, out var score))
            {
                Consider(_best, slot, score);
            }
        }
    }

    /// <summary>The smallest distance at which at least <paramref name="candidates"/> slots are that close.</summary>
    private static int Threshold(IReadOnlyList<int[]> histograms, int candidates)
    {
        var total = 0;
        for (var distance = 0; distance < histograms[0].Length - 1; distance++)
        {
            total += histograms.Sum(histogram => histogram[distance]);
            if (total >= candidates)
            {
                return distance;
            }
        }

        return histograms[0].Length - 2;
    }

    private (int From, int To)[] Partition(int slotsUsed)
    {
        var pages = (slotsUsed + VectorPage.Slots - 1) / VectorPage.Slots;
        var count = Math.Clamp(pages / PagesPerPartition, 1, Environment.ProcessorCount);
        var pagesEach = (pages + count - 1) / count;

        return Enumerable.Range(0, count)
            .Select(partition => (
                partition * pagesEach * VectorPage.Slots,
                Math.Min(slotsUsed, (partition + 1) * pagesEach * VectorPage.Slots)))
            .Where(range => range.Item1 < range.Item2)
            .ToArray();
    }
}
