namespace AssessAgent.Tests.Service;

/// <summary>How <see cref="InterruptingAssessmentStore"/> interrupts the first save, once it went through.</summary>
internal sealed class SaveInterruption(SaveInterruption.Kind kind)
{
    private int _left = 1;

    public enum Kind
    {
        /// <summary>The save throws, as if the connection broke before the commit was acknowledged.</summary>
        Throw,

        /// <summary>The save does not return until the host stops, as if the process died right after it.</summary>
        HoldUntilStopped,
    }

    public Kind What { get; } = kind;

    /// <summary>Completes when the interrupted save has been written.</summary>
    public TaskCompletionSource Saved { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Whether this save is the one to interrupt.</summary>
    public bool TakeTurn() => Interlocked.Decrement(ref _left) == 0;
}
