using AssessAgent.Assessment;
using AssessAgent.Store;
using AssessAgent.Transcripts;

namespace AssessAgent.Cli.Commands.Store;

/// <summary>Saves reports in the store the way every command says it: a new id, or the one already stored.</summary>
internal static class StoreSaving
{
    /// <summary>
    /// Saves a report that has already been written out. A store failure keeps its exit code and says that the
    /// report itself was written, so the user knows nothing but the save is lost.
    /// </summary>
    public static async Task<SaveResult> SaveAfterOutputAsync(
        IAssessmentStore store,
        AssessmentReport report,
        Transcript? transcript,
        CancellationToken cancellationToken)
    {
        try
        {
            return await store.SaveAsync(report, transcript, cancellationToken);
        }
        catch (AssessmentStoreException exception)
        {
            throw new AssessmentStoreException(
                $"The report was written but not saved (use --no-save to skip the store): {exception.Message}",
                exception);
        }
    }

    /// <summary>What a save did, as the progress line says it.</summary>
    public static string Describe(SaveResult saved) => saved.AlreadyStored
        ? $"Already stored as {saved.Id}"
        : $"Saved as assessment {saved.Id}";
}
