using AssessAgent.Assessment;
using AssessAgent.Transcripts;

namespace AssessAgent.Tests.Service;

/// <summary>
/// Holds its first assessment until the test lets it go or the host stops it, then passes later ones through.
/// </summary>
internal sealed class GatedAssessor(IInterviewAssessor inner, TaskCompletionSource gate) : IInterviewAssessor
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
            await gate.Task.WaitAsync(cancellationToken);
        }

        return await inner.AssessAsync(transcript, cancellationToken);
    }
}
