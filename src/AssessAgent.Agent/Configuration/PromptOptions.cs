using System.ComponentModel.DataAnnotations;

namespace AssessAgent.Agent.Configuration;

/// <summary>Which prompt files the model gets. Bound from the configuration section "Prompts".</summary>
public sealed class PromptOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string SectionName = "Prompts";

    /// <summary>The prompt version: a folder name under <see cref="Directory"/>.</summary>
    /// <value>Defaults to <c>v1</c>.</value>
    [Required(AllowEmptyStrings = false)]
    [RegularExpression("^[A-Za-z0-9._-]+$", ErrorMessage = "Prompts:Version must be a plain folder name such as v1.")]
    public string Version { get; set; } = "v1";

    /// <summary>
    /// The folder holding one sub-folder per prompt version; a relative path is taken from the executable's folder.
    /// </summary>
    /// <value>Defaults to <c>prompts</c>, which the build copies beside the executable.</value>
    [Required(AllowEmptyStrings = false)]
    public string Directory { get; set; } = "prompts";

    /// <summary>Which prompt functions assess an answer.</summary>
    /// <value>Defaults to <see cref="AnswerCallPlan.Separate"/>.</value>
    public AnswerCallPlan CallPlan { get; set; } = AnswerCallPlan.Separate;
}

/// <summary>How many model calls one answer takes.</summary>
public enum AnswerCallPlan
{
    /// <summary>Three calls: Relevance/CheckRelevance, Scoring/ScoreAnswer, Feedback/ExtractFeedback.</summary>
    Separate,

    /// <summary>One call: Assessment/AssessAnswer judges relevance, score and feedback together.</summary>
    Combined,
}
