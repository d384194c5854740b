namespace AssessAgent.Agent.Configuration;

/// <summary>Which assessor writes the report. Bound from the configuration section "Assessment".</summary>
public sealed class AssessmentOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string SectionName = "Assessment";

    /// <summary>The assessor to use.</summary>
    /// <value>Defaults to <see cref="AssessmentProvider.Auto"/>.</value>
    public AssessmentProvider Provider { get; set; } = AssessmentProvider.Auto;
}

/// <summary>Where the assessment comes from.</summary>
public enum AssessmentProvider
{
    /// <summary>Ollama when it answers and has the model, else the offline assessor with one notice line.</summary>
    Auto,

    /// <summary>Ollama, or a clear error when it is not running or the model is not pulled.</summary>
    Ollama,

    /// <summary>The offline assessor; no server is contacted.</summary>
    Offline,
}
