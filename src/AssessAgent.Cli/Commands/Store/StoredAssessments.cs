using System.CommandLine;
using AssessAgent.Store;

namespace AssessAgent.Cli.Commands.Store;

/// <summary>Looks up a stored assessment by the id a user typed.</summary>
internal static class StoredAssessments
{
    /// <exception cref="AssessmentStoreException">No stored assessment has the id.</exception>
    public static async Task<StoredAssessment> GetRequiredAsync(
        IAssessmentStore store,
        string id,
        CancellationToken cancellationToken)
    {
        var trimmed = id.Trim();

        return await store.GetAsync(trimmed, cancellationToken)
            ?? throw new AssessmentStoreException(
                $"No stored assessment has the id '{trimmed}'; 'assessagent list' shows the stored ids.");
    }

    public static Argument<string> IdArgument(string description) => new("ID")
    {
        Description = description,
    };
}
