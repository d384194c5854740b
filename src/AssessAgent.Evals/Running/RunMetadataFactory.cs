using System.Globalization;
using System.Reflection;
using AssessAgent.Assessment;
using AssessAgent.Evals.Caching;

namespace AssessAgent.Evals.Running;

/// <summary>Puts together a run's metadata from its subject, its options and what the reports record.</summary>
internal static class RunMetadataFactory
{
    public static RunMetadata Create(
        EvalSubject subject,
        EvalRunOptions options,
        DateTimeOffset startedAt,
        TimeSpan duration,
        AssessmentReport? sample,
        CacheCounts? cache,
        int caseCount)
    {
        var provenance = sample?.Provenance;

        return new RunMetadata
        {
            RunId = RunIds.Create(startedAt, subject.Label),
            Label = subject.Label,
            StartedAt = startedAt,
            DurationSeconds = Math.Round(duration.TotalSeconds, 3),
            Assessor = provenance?.Assessor ?? subject.Assessor.Name,
            PromptVersion = provenance?.PromptVersion ?? subject.Settings.GetValueOrDefault("Prompts:Version"),
            PromptHash = provenance?.PromptHash,
            Model = provenance?.LanguageModel?.Model ?? provenance?.Model,
            ModelDigest = provenance?.LanguageModel?.Digest,
            ModelOptions = provenance?.LanguageModel?.Options ?? new Dictionary<string, string>(),
            EmbeddingModel = provenance?.EmbeddingModel,
            GitCommit = GitCommit.TryRead(Path.GetFullPath(options.Folder)),
            ToolVersion = provenance?.ToolVersion ?? ToolVersion(),
            Settings = subject.Settings,
            Options = DescribeOptions(options),
            CacheHitRate = cache?.HitRate,
            CaseCount = caseCount,
        };
    }

    private static Dictionary<string, string> DescribeOptions(EvalRunOptions options) => new()
    {
        ["repeat"] = options.Repeat.ToString(CultureInfo.InvariantCulture),
        ["scoreTolerance"] = options.ScoreTolerance.ToString(CultureInfo.InvariantCulture),
        ["themeSimilarityThreshold"] = options.ThemeSimilarityThreshold.ToString(CultureInfo.InvariantCulture),
        ["invariance"] = options.Invariance ? "true" : "false",
        ["filter"] = options.Filter ?? "",
    };

    private static string ToolVersion() =>
        typeof(RunMetadataFactory).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? "unknown";
}
