using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;

namespace AssessAgent.Benchmarks.Support;

/// <summary>
/// The columns, loggers and exporters every benchmark uses; the job (how many iterations) is set per class with
/// <see cref="ShortInProcessJobAttribute"/>, because a batch of 100 transcripts cannot afford what a report
/// writer can.
/// </summary>
public sealed class ShortInProcessConfig : ManualConfig
{
    public ShortInProcessConfig()
    {
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(new LoadAverageColumn());
        AddColumnProvider(DefaultColumnProviders.Instance);
        AddLogger(DefaultConfig.Instance.GetLoggers().ToArray());
        AddExporter(DefaultConfig.Instance.GetExporters().ToArray());
    }
}
