namespace AssessAgent.Store;

/// <summary>What a save did.</summary>
/// <param name="Id">The id of the stored assessment, new or already there.</param>
/// <param name="AlreadyStored">
/// Whether the same transcript assessed by the same assessor, model and prompt version was stored before, in which
/// case nothing was written.
/// </param>
public sealed record SaveResult(string Id, bool AlreadyStored);
