using System.Runtime.InteropServices;

namespace AssessAgent.Cli.Hosting;

/// <summary>
/// Turns Ctrl+C (SIGINT) and a service manager's SIGTERM into a cancelled token instead of the end of the process:
/// the command stops at its next step, <c>import</c> prints its tally so far, <see cref="CommandRunner"/> says
/// "cancelled" and the exit code is 130. A second signal ends the process at once, for a step that does not stop.
/// </summary>
internal sealed class Interruption : IDisposable
{
    private readonly CancellationTokenSource _cancellation = new();
    private readonly PosixSignalRegistration _interrupt;
    private readonly PosixSignalRegistration _terminate;

    public Interruption()
    {
        _interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
    }

    /// <summary>Cancelled by the first signal.</summary>
    public CancellationToken Token => _cancellation.Token;

    public void Dispose()
    {
        _interrupt.Dispose();
        _terminate.Dispose();
        _cancellation.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        if (_cancellation.IsCancellationRequested)
        {
            // Left uncancelled, the signal does what it does by default: end the process.
            return;
        }

        context.Cancel = true;
        _cancellation.Cancel();
    }
}
