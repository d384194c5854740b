namespace AssessAgent.Benchmarks.ModelPipeline;

/// <summary>
/// What a report would take if only the model took time. The questions' calls do not depend on each other, so at
/// best they share the allowed parallelism perfectly; the recommendation needs every question's assessment and
/// comes after them.
/// </summary>
public static class IdealSchedule
{
    /// <summary>
    /// The questions' model time spread evenly over the slots (never less than the longest call), plus the
    /// recommendation: a lower bound no scheduler can beat.
    /// </summary>
    public static TimeSpan Ideal(IReadOnlyList<ModelCall> calls, int parallelism)
    {
        var questionCalls = calls.Where(call => !call.IsRecommendation).ToArray();
        if (questionCalls.Length == 0)
        {
            return Recommendation(calls);
        }

        var slots = Math.Min(parallelism, questionCalls.Length);
        var spread = TimeSpan.FromTicks(questionCalls.Sum(call => call.ModelTime.Ticks) / slots);
        var longest = questionCalls.Max(call => call.ModelTime);

        return (spread > longest ? spread : longest) + Recommendation(calls);
    }

    /// <summary>
    /// The questions' calls packed whole into the slots, longest first, each into the slot that frees first, plus
    /// the recommendation: what a good scheduler can reach, since a call cannot be split across slots.
    /// </summary>
    public static TimeSpan Packed(IReadOnlyList<ModelCall> calls, int parallelism)
    {
        var slots = new PriorityQueue<int, TimeSpan>();
        for (var slot = 0; slot < parallelism; slot++)
        {
            slots.Enqueue(slot, TimeSpan.Zero);
        }

        var finish = TimeSpan.Zero;
        foreach (var call in calls.Where(call => !call.IsRecommendation).OrderByDescending(call => call.ModelTime))
        {
            slots.TryDequeue(out var slot, out var free);
            var done = free + call.ModelTime;
            finish = done > finish ? done : finish;
            slots.Enqueue(slot, done);
        }

        return finish + Recommendation(calls);
    }

    /// <summary>All the model time of the report, as if nothing overlapped.</summary>
    public static TimeSpan Serial(IReadOnlyList<ModelCall> calls) =>
        TimeSpan.FromTicks(calls.Sum(call => call.ModelTime.Ticks));

    private static TimeSpan Recommendation(IReadOnlyList<ModelCall> calls) =>
        TimeSpan.FromTicks(calls.Where(call => call.IsRecommendation).Sum(call => call.ModelTime.Ticks));
}
