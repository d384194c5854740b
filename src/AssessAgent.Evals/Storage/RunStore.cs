using System.Text.Json;
using AssessAgent.Evals.Goldens;
using AssessAgent.Evals.Running;

namespace AssessAgent.Evals.Storage;

/// <summary>
/// Saves runs as <c>&lt;results folder&gt;/&lt;run id&gt;/run.json</c> and reads them back, so that any two
/// runs can be compared and a metric's trend shown without assessing again.
/// </summary>
/// <param name="resultsFolder">The folder runs are saved under, normally <c>evals/results</c> (git-ignored).</param>
public sealed class RunStore(string resultsFolder)
{
    public const string RunFileName = "run.json";

    public string ResultsFolder => resultsFolder;

    /// <summary>Writes the run and returns its folder.</summary>
    public string Save(EvalRun run)
    {
        var folder = FolderOf(run.Metadata.RunId);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, RunFileName), JsonSerializer.Serialize(run, EvalJson.Options));

        return folder;
    }

    /// <summary>The folder a run with this id is saved in.</summary>
    public string FolderOf(string runId) => Path.Combine(resultsFolder, runId);

    /// <summary>
    /// Reads a run named by its id, a unique start of its id, the word <c>latest</c>, or the path of its folder
    /// or its run.json.
    /// </summary>
    /// <exception cref="EvalInputException">No such run, several match, or the file is not a saved run.</exception>
    public EvalRun Load(string reference)
    {
        var path = Resolve(reference);
        try
        {
            return JsonSerializer.Deserialize<EvalRun>(File.ReadAllText(path), EvalJson.Options)
                ?? throw EvalInputException.InFile(path, "the saved run is empty");
        }
        catch (JsonException exception)
        {
            var where = exception.Path is { Length: > 0 } jsonPath ? $"{jsonPath}: " : "";
            throw new EvalInputException($"{path}: {where}not a saved eval run ({exception.Message})", exception);
        }
    }

    /// <summary>The ids of every saved run, oldest first.</summary>
    public IReadOnlyList<string> ListIds() =>
        Directory.Exists(resultsFolder)
            ? Directory.EnumerateDirectories(resultsFolder)
                .Where(folder => File.Exists(Path.Combine(folder, RunFileName)))
                .Select(Path.GetFileName)
                .OfType<string>()
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];

    /// <summary>Every saved run, oldest first; the newest <paramref name="last"/> when given.</summary>
    public IReadOnlyList<EvalRun> LoadAll(int? last = null)
    {
        var ids = ListIds();
        var chosen = last is { } count ? ids.Skip(Math.Max(0, ids.Count - count)) : ids;

        return chosen.Select(Load).OrderBy(run => run.Metadata.StartedAt).ToList();
    }

    private string Resolve(string reference)
    {
        if (File.Exists(reference))
        {
            return reference;
        }

        if (Directory.Exists(reference) && File.Exists(Path.Combine(reference, RunFileName)))
        {
            return Path.Combine(reference, RunFileName);
        }

        var ids = ListIds();
        var matching = reference == "latest" ? ids.TakeLast(1).ToList()
            : ids.Contains(reference) ? [reference]
            : ids.Where(id => id.StartsWith(reference, StringComparison.Ordinal)).ToList();

        return matching.Count switch
        {
            1 => Path.Combine(FolderOf(matching[0]), RunFileName),
            0 => throw EvalInputException.InFile(reference,
                $"no saved run by that id under {resultsFolder} ({ids.Count} saved; see 'eval history')"),
            _ => throw EvalInputException.InFile(reference,
                $"matches {matching.Count} saved runs ({string.Join(", ", matching.Take(3))}...); give more of the id"),
        };
    }
}
