using AssessAgent.Assessment;
using AssessAgent.Transcripts;

namespace AssessAgent.Tests.Service;

/// <summary>
/// Holds its first assessment until the host stops it, then fails with an error that is not a cancellation, as the
/// ONNX runtime does when its run is terminated; later assessments pass through.
/// </summary>
internal sealed class FailsWhenStoppedAssessor(IInterviewAssessor inner) : IInterviewAssessor
{
    private int _calls;

    public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Name => inner.Name;

    public async Task<AssessmentReport> AssessAsync(
        Transcript transcript,
        CancellationToken cancellationToken = default)
    {
        if (Interlocked.Increment(ref _calls) == 1)
        {
            Entered.SetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                throw new InvalidOperationException("Exiting due to terminate flag being set to true.");
            }
        }

        return await inner.AssessAsync(transcript, cancellationToken);
    }
}
