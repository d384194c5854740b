using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace AssessAgent.Benchmarks.Support;

/// <summary>
/// A deliberately short job run in the benchmark's own process. The machine these figures come from has two
/// cores shared with other builds, so a run must finish in minutes, and building a separate host project per
/// benchmark (BenchmarkDotNet's default) would cost more than the measurements. The figures are therefore
/// coarse; the load average printed beside them says how coarse. The in-process run's time limit is raised
/// from its default of a few minutes, which a loaded machine exceeds on the larger benchmarks.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ShortInProcessJobAttribute(int iterations = 5, int warmups = 1, bool monitoring = false)
    : JobConfigBaseAttribute(Job.Default
        .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true))
        .WithStrategy(monitoring ? RunStrategy.Monitoring : RunStrategy.Throughput)
        .WithLaunchCount(1)
        .WithWarmupCount(warmups)
        .WithIterationCount(iterations)
        .WithId("Short"));
