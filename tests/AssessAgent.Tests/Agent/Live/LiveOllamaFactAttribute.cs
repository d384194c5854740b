namespace AssessAgent.Tests.Agent.Live;

/// <summary>
/// A fact that runs only against a real Ollama: when the <c>OLLAMA_ENDPOINT</c> environment variable is unset the
/// test is reported as skipped and does nothing. <c>OLLAMA_MODEL</c> picks the model (default qwen2.5:7b-instruct).
/// </summary>
public sealed class LiveOllamaFactAttribute : FactAttribute
{
    public const string EndpointVariable = "OLLAMA_ENDPOINT";
    public const string ModelVariable = "OLLAMA_MODEL";

    public LiveOllamaFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(EndpointVariable)))
        {
            Skip = $"Set {EndpointVariable} (such as http://localhost:11434) to run the tests against a real Ollama.";
        }

        Timeout = 0;
    }

    public static string Endpoint => Environment.GetEnvironmentVariable(EndpointVariable) ?? "";

    public static string Model =>
        Environment.GetEnvironmentVariable(ModelVariable) is { Length: > 0 } model ? model : "qwen2.5:7b-instruct";
}
