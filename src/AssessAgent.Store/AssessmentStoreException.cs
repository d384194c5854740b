namespace AssessAgent.Store;

/// <summary>
/// The store cannot do what was asked for a reason the user can fix: a wrong setting, a database it cannot open,
/// a schema newer than this version knows. The message is one sentence fit to show as it is.
/// </summary>
public sealed class AssessmentStoreException : Exception
{
    public AssessmentStoreException(string message)
        : base(message)
    {
    }

    public AssessmentStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
