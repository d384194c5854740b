using System.Net;
using Microsoft.Extensions.Options;

namespace AssessAgent.Service;

/// <summary>Refuses settings that would expose the service, before it listens.</summary>
public static class ServiceStartupChecks
{
    /// <summary>The addresses in <see cref="ServiceOptions.Urls"/>.</summary>
    public static IReadOnlyList<string> Urls(ServiceOptions options) =>
        options.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Whether every address is a loopback one (localhost, 127.0.0.0/8 or ::1).</summary>
    public static bool ListensOnLoopbackOnly(ServiceOptions options) => Urls(options).All(IsLoopback);

    /// <summary>Throws when no API key is set and the service would listen beyond this machine.</summary>
    /// <exception cref="OptionsValidationException">The key is missing for a non-loopback address.</exception>
    public static void Check(ServiceOptions options)
    {
        if (string.IsNullOrEmpty(options.ApiKey) && !ListensOnLoopbackOnly(options))
        {
            throw new OptionsValidationException(ServiceOptions.SectionName, typeof(ServiceOptions),
            [
                $"Service:Urls '{options.Urls}' listens beyond this machine, so Service:ApiKey must be set " +
                "(for example with the environment variable ASSESSAGENT_Service__ApiKey).",
            ]);
        }
    }

    private static bool IsLoopback(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return false;
        }

        return uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
    }
}
