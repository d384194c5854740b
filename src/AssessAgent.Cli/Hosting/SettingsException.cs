namespace AssessAgent.Cli.Hosting;

/// <summary>
/// A setting, from a flag, the environment or <c>appsettings.json</c>, that cannot be used as it is; the message
/// names the setting and what is wrong with its value.
/// </summary>
public sealed class SettingsException(string message, Exception? innerException = null)
    : Exception(message, innerException);
