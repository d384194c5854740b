using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace AssessAgent.Benchmarks.Support;

/// <summary>
/// Prints the load average when the summary is written, beside every figure, because on a shared machine the
/// figures are upper bounds whose meaning depends on how busy the machine was.
/// </summary>
public sealed class LoadAverageColumn : IColumn
{
    public string Id => nameof(LoadAverageColumn);

    public string ColumnName => "Load1m";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "One-minute load average of the machine when the summary was written";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => LoadAverage.OneMinute();

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        GetValue(summary, benchmarkCase);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;
}
