using System.Text.Json;
using Microsoft.Extensions.AI;

namespace AssessAgent.Evals.Caching;

/// <summary>
/// Keeps cached replies as files: <c>&lt;folder&gt;/&lt;first two characters of the key&gt;/&lt;key&gt;.json</c>,
/// each a serialized <see cref="ChatResponse"/>. Written to a temporary file and moved into place, so that a run
/// stopped halfway never leaves a half-written entry.
/// </summary>
public sealed class ResponseCacheStore(string folder)
{
    public string Folder => folder;

    public ChatResponse? TryRead(string key)
    {
        var path = PathOf(key);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<ChatResponse>(File.ReadAllText(path), AIJsonUtilities.DefaultOptions);
        }
        catch (JsonException)
        {
            // An unreadable entry is a miss; the fresh reply overwrites it.
            return null;
        }
    }

    public void Write(string key, ChatResponse response)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);

        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(response, AIJsonUtilities.DefaultOptions));
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>How many replies are stored.</summary>
    public int Count() =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories).Count() : 0;

    private string PathOf(string key) => Path.Combine(folder, key[..2], key + ".json");
}
