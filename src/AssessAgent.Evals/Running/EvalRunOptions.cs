using System.ComponentModel.DataAnnotations;

namespace AssessAgent.Evals.Running;

/// <summary>How an eval run is done and judged; bound from the <c>Evals</c> settings section.</summary>
public sealed class EvalRunOptions
{
    public const string SectionName = "Evals";

    /// <summary>The folder holding <c>cases/</c>, <c>golden/</c>, <c>thresholds.json</c> and <c>results/</c>.</summary>
    /// <value>Default <c>evals</c>, relative to the working folder.</value>
    [Required]
    public string Folder { get; set; } = "evals";

    /// <summary>Keeps only the cases whose name contains it or that carry it as a tag.</summary>
    /// <value>Default none: every case.</value>
    public string? Filter { get; set; }

    /// <summary>How many times each case is assessed, to measure how much its scores move.</summary>
    /// <value>Default 1.</value>
    [Range(1, 50)]
    public int Repeat { get; set; } = 1;

    /// <summary>
    /// Points outside the golden's range that still count as within tolerance, and that a question's score may
    /// move over repeats or when the questions are reordered.
    /// </summary>
    /// <value>Default 5.</value>
    [Range(0, 50)]
    public int ScoreTolerance { get; set; } = 5;

    /// <summary>
    /// The least cosine similarity between a golden theme and a feedback text, in all-MiniLM-L6-v2 sentence
    /// embeddings, for the theme to count as covered. Paraphrases of a short theme score about 0.5 to 0.8 in this
    /// model, unrelated phrases below 0.3.
    /// </summary>
    /// <value>Default 0.5.</value>
    [Range(0.0, 1.0)]
    public double ThemeSimilarityThreshold { get; set; } = 0.5;

    /// <summary>Whether to assess the generated variants (renamed, reordered, padded) of every case.</summary>
    /// <value>Default true; each case then costs three assessments more.</value>
    public bool Invariance { get; set; } = true;
}
