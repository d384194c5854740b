using AssessAgent.Evals.Running;
using Spectre.Console;

namespace AssessAgent.Evals.Output;

/// <summary>Shows a run's progress as a bar on the given console, which should write to stderr.</summary>
public static class EvalProgressBar
{
    /// <summary>Runs <paramref name="work"/> with a progress bar labelled <paramref name="label"/>.</summary>
    public static Task<T> RunAsync<T>(
        IAnsiConsole console,
        string label,
        Func<IProgress<EvalProgress>, Task<T>> work) =>
        console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(
                new TaskDescriptionColumn(),
                new ProgressBarColumn(),
                new PercentageColumn(),
                new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(label));
                var progress = new SynchronousProgress(update =>
                {
                    task.MaxValue = Math.Max(1, update.Total);
                    task.Value = update.Completed;
                    task.Description = Markup.Escape($"{label}: {update.Description}");
                });

                var result = await work(progress);
                task.Value = task.MaxValue;
                task.Description = Markup.Escape(label);

                return result;
            });

    // Progress<T> posts to the thread pool, which lets updates arrive after the bar stopped; this reports inline.
    private sealed class SynchronousProgress(Action<EvalProgress> report) : IProgress<EvalProgress>
    {
        public void Report(EvalProgress value) => report(value);
    }
}
