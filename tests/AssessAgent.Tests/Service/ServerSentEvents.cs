namespace AssessAgent.Tests.Service;

/// <summary>Reads a whole server-sent event stream into its events, in order.</summary>
internal static class ServerSentEvents
{
    public sealed record Event(string Type, string Data);

    public static IReadOnlyList<Event> Parse(string stream) =>
    [
        .. stream.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select(block =>
        {
            var lines = block.Split('\n');
            var type = lines.FirstOrDefault(line => line.StartsWith("event: ", StringComparison.Ordinal))?[7..];
            var data = lines.Where(line => line.StartsWith("data: ", StringComparison.Ordinal))
                .Select(line => line[6..]);

            return new Event(type ?? "message", string.Join('\n', data));
        }),
    ];
}
