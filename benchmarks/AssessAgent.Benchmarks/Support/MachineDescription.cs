namespace AssessAgent.Benchmarks.Support;

/// <summary>What the figures were measured on, as Linux describes the machine.</summary>
public static class MachineDescription
{
    /// <summary>The processor's model name from <c>/proc/cpuinfo</c>, or "unknown processor".</summary>
    public static string Processor()
    {
        const string path = "/proc/cpuinfo";
        var line = File.Exists(path)
            ? File.ReadLines(path).FirstOrDefault(text => text.StartsWith("model name", StringComparison.Ordinal))
            : null;

        return line?.Split(':', 2)[1].Trim() ?? "unknown processor";
    }
}
