using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace AssessAgent.Service.Api;

/// <summary>
/// Reads a submitted transcript: its text and the file name it is read under. The name's extension tells the
/// loader the format, and comes from the <c>name</c> query parameter or else from the content type.
/// </summary>
public static class SubmissionReader
{
    private static readonly Dictionary<string, string> ExtensionsByMediaType = new(StringComparer.OrdinalIgnoreCase)
    {
        ["application/json"] = ".json",
        ["text/markdown"] = ".md",
        ["text/x-markdown"] = ".md",
        ["text/vtt"] = ".vtt",
        ["text/plain"] = ".txt",
    };

    /// <summary>The media types a transcript may be sent as.</summary>
    public static IEnumerable<string> MediaTypes => ExtensionsByMediaType.Keys;

    /// <summary>The name to read the submission under, or <see langword="null"/> for an unsupported type.</summary>
    public static string? SourceName(string? contentType, string? name)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            || !ExtensionsByMediaType.TryGetValue(mediaType.MediaType.Value ?? string.Empty, out var extension))
        {
            return null;
        }

        var fileName = string.IsNullOrWhiteSpace(name) ? null : Path.GetFileName(name.Trim());
        if (string.IsNullOrEmpty(fileName))
        {
            return "submission" + extension;
        }

        return Path.HasExtension(fileName) ? fileName : fileName + extension;
    }

    /// <summary>Reads the body as UTF-8 text; Kestrel stops a body past the size limit with a 413.</summary>
    public static async Task<string> ReadTextAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);

        return await reader.ReadToEndAsync(cancellationToken);
    }
}
