namespace AssessAgent.Cli.Hosting;

/// <summary>The process exit codes, documented in the README.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The input could not be read: missing, empty, malformed, unknown format, too large.</summary>
    public const int InputError = 1;

    /// <summary>The command line or the configuration is wrong.</summary>
    public const int UsageError = 2;

    /// <summary>The model provider was asked for but cannot be used (not running, model not pulled).</summary>
    public const int ProviderUnavailable = 3;

    /// <summary>An eval run failed its gate (<c>evals/thresholds.json</c>).</summary>
    public const int GateFailed = AssessAgent.Evals.Gate.EvalExitCodes.GateFailed;

    /// <summary>
    /// The assessment store cannot be used: a wrong store setting, a database that cannot be opened or reached, a
    /// schema newer than this version, an id that names no stored assessment.
    /// </summary>
    public const int StoreError = 5;

    /// <summary>The operation was cancelled (Ctrl+C).</summary>
    public const int Cancelled = 130;

    /// <summary>A fault in AssessAgent itself.</summary>
    public const int InternalError = 70;
}
