using System.Globalization;

namespace AssessAgent.Benchmarks.ModelPipeline;

/// <summary>The figures of one grid point: medians over its runs, and what one report asked of the model.</summary>
public sealed record PipelineMeasurement(
    GridPoint Point,
    TimeSpan Wall,
    TimeSpan ProcessorTime,
    IReadOnlyList<ModelCall> Calls,
    int ModelVerdicts,
    int Answered,
    IReadOnlyList<string> Fallbacks,
    int EvidenceDropped,
    string LoadAverage)
{
    public const string TableHeader =
        "| Plan | Questions | Parallelism | Calls | Prompt tokens | Completion tokens | Model time | Ideal | Packed " +
        "| Wall | Our share | Over packed | CPU per report | Model verdicts | Load 1m |\n" +
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|";

    public TimeSpan Ideal => IdealSchedule.Ideal(Calls, Point.Parallelism);

    public TimeSpan Packed => IdealSchedule.Packed(Calls, Point.Parallelism);

    /// <summary>Everything but the model's time, as a share of the wall time: (wall - ideal) / wall.</summary>
    public double OurShare => Share(Ideal);

    /// <summary>The same against the best packing of whole calls, which no scheduler could beat by much.</summary>
    public double OverPacked => Share(Packed);

    public string ToTableRow() =>
        $"| {Point.Plan} | {Point.Questions} | {Point.Parallelism} | {Calls.Count} " +
        $"| {Calls.Sum(call => call.PromptTokens):N0} | {Calls.Sum(call => call.CompletionTokens):N0} " +
        $"| {Seconds(IdealSchedule.Serial(Calls))} | {Seconds(Ideal)} | {Seconds(Packed)} | {Seconds(Wall)} " +
        $"| {OurShare:P1} | {OverPacked:P1} | {Milliseconds(ProcessorTime)} | {ModelVerdicts}/{Answered} " +
        $"| {LoadAverage} |";

    private double Share(TimeSpan bound) => Wall > TimeSpan.Zero ? (Wall - bound) / Wall : 0;

    private static string Seconds(TimeSpan time) =>
        time.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";

    private static string Milliseconds(TimeSpan time) =>
        time.TotalMilliseconds.ToString("N0", CultureInfo.InvariantCulture) + " ms";
}
