namespace AssessAgent.Cli.Commands.Store;

/// <summary>The files an import reads: those named, and in the folders named those of a transcript's type.</summary>
internal sealed record ImportFiles(IReadOnlyList<string> Files, IReadOnlyList<string> Skipped)
{
    /// <summary>The extensions of the transcript formats, of JSON reports and of store exports.</summary>
    public static IReadOnlySet<string> KnownExtensions { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".json", ".jsonl", ".ndjson", ".md", ".markdown", ".txt", ".vtt",
    };

    /// <summary>
    /// A file named on the command line is always tried, whatever its extension, and a missing one fails as a bad
    /// file. A folder gives its files of a known extension, in name order, leaving out hidden ones; others (images,
    /// documents) are skipped rather than reported as failures, so that importing a folder of notes stays readable.
    /// </summary>
    public static ImportFiles Find(IEnumerable<string> paths, bool recursive)
    {
        var files = new List<string>();
        var skipped = new List<string>();
        var walk = new EnumerationOptions { RecurseSubdirectories = recursive };

        foreach (var path in paths)
        {
            if (!Directory.Exists(path))
            {
                files.Add(path);
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(path, "*", walk).Order(StringComparer.Ordinal))
            {
                (KnownExtensions.Contains(Path.GetExtension(file)) ? files : skipped).Add(file);
            }
        }

        return new ImportFiles(files, skipped);
    }
}
