using System.ComponentModel.DataAnnotations;

namespace AssessAgent.Evals.Caching;

/// <summary>Where model replies are cached and whether the cache is used; bound from <c>Evals:Cache</c>.</summary>
public sealed class ResponseCacheOptions
{
    public const string SectionName = "Evals:Cache";

    /// <summary>Whether replies are read from and written to the cache. <c>--no-cache</c> sets it to false.</summary>
    /// <value>Default true.</value>
    public bool Enabled { get; set; } = true;

    /// <summary>The folder the cached replies are stored in, one file per reply.</summary>
    /// <value>Default <c>evals/.cache/responses</c>, relative to the working folder (git-ignored).</value>
    [Required]
    public string Folder { get; set; } = Path.Combine("evals", ".cache", "responses");

    /// <summary>
    /// The model's digest, which pins its exact weights: a re-pulled model with the same name misses the cache.
    /// Set it from the model server's model list; without it the name alone keys the model.
    /// </summary>
    /// <value>Default none.</value>
    public string? ModelDigest { get; set; }
}
