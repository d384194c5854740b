namespace AssessAgent.Benchmarks.Support;

/// <summary>The machine's one-minute load average, read from <c>/proc/loadavg</c> where there is one.</summary>
public static class LoadAverage
{
    /// <summary>The one-minute load average as Linux prints it, or "n/a" off Linux.</summary>
    public static string OneMinute()
    {
        const string path = "/proc/loadavg";
        if (!File.Exists(path))
        {
            return "n/a";
        }

        return File.ReadAllText(path).Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
    }

    /// <summary>The one-, five- and fifteen-minute load averages, or "n/a" off Linux.</summary>
    public static string All()
    {
        const string path = "/proc/loadavg";

        return File.Exists(path)
            ? string.Join(", ", File.ReadAllText(path).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3))
            : "n/a";
    }
}
