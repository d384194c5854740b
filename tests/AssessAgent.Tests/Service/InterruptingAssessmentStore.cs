using AssessAgent.Assessment;
using AssessAgent.Store;
using AssessAgent.Transcripts;

namespace AssessAgent.Tests.Service;

/// <summary>
/// The real assessment store, except that its first save, once written, is interrupted the way
/// <see cref="SaveInterruption"/> says: the worker cannot tell that the report is stored.
/// </summary>
internal sealed class InterruptingAssessmentStore(IAssessmentStore inner, SaveInterruption interruption)
    : IAssessmentStore
{
    public async Task<SaveResult> SaveAsync(
        AssessmentReport report,
        Transcript? transcript,
        CancellationToken cancellationToken = default)
    {
        var saved = await inner.SaveAsync(report, transcript, CancellationToken.None);
        if (!interruption.TakeTurn())
        {
            return saved;
        }

        interruption.Saved.SetResult();
        if (interruption.What == SaveInterruption.Kind.Throw)
        {
            throw new AssessmentStoreException("the fake store lost its connection after the save");
        }

        await Task.Delay(Timeout.Infinite, cancellationToken);

        return saved;
    }

    public Task<StoredAssessment?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        inner.GetAsync(id, cancellationToken);

    public Task<AssessmentPage> ListAsync(AssessmentQuery query, CancellationToken cancellationToken = default) =>
        inner.ListAsync(query, cancellationToken);

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default) =>
        inner.DeleteAsync(id, cancellationToken);

    public IAsyncEnumerable<StoredAssessment> ExportAsync(
        AssessmentFilter? filter = null,
        CancellationToken cancellationToken = default) =>
        inner.ExportAsync(filter, cancellationToken);
}
