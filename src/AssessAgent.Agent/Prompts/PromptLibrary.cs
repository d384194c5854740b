using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AssessAgent.Agent.Configuration;
using Json.Schema;
using Microsoft.SemanticKernel;

namespace AssessAgent.Agent.Prompts;

/// <summary>
/// One version of the prompt files, loaded at start-up: every <c>PLUGIN/FUNCTION/skprompt.txt</c> with its
/// <c>config.json</c> under <c>prompts/VERSION/</c>, and a SHA-256 over the folder's files that reports record.
/// </summary>
public sealed partial class PromptLibrary
{
    private const string TemplateFile = "skprompt.txt";
    private const string ConfigFile = "config.json";

    private readonly Dictionary<string, PromptFunction> _functions;

    private PromptLibrary(string version, string folder, string hash, Dictionary<string, PromptFunction> functions)
    {
        Version = version;
        Folder = folder;
        Hash = hash;
        _functions = functions;
    }

    /// <summary>The version's folder name, such as <c>v1</c>.</summary>
    public string Version { get; }

    /// <summary>The version's folder on disk.</summary>
    public string Folder { get; }

    /// <summary>
    /// <c>sha256:</c> and the lower-case hex SHA-256 over every file of the version folder, taken in ordinal order of
    /// their relative paths (with <c>/</c>), each as its path, a zero byte, its bytes and a zero byte.
    /// </summary>
    public string Hash { get; }

    /// <summary>Every function, by <c>Plugin/Function</c>.</summary>
    public IReadOnlyCollection<PromptFunction> Functions => _functions.Values;

    /// <summary>
    /// Loads the version <see cref="PromptOptions.Version"/> under <see cref="PromptOptions.Directory"/>.
    /// </summary>
    /// <exception cref="AgentException">The folder is missing or a file in it is not valid.</exception>
    public static PromptLibrary Load(PromptOptions options)
    {
        var root = Path.IsPathRooted(options.Directory)
            ? options.Directory
            : Path.Combine(AppContext.BaseDirectory, options.Directory);
        var folder = Path.Combine(root, options.Version);
        if (!Directory.Exists(folder))
        {
            var known = Directory.Exists(root)
                ? string.Join(", ", Directory.GetDirectories(root).Select(Path.GetFileName).Order())
                : "none";
            throw new AgentException(
                AgentFailure.PromptFiles,
                $"{folder}: no such prompt version \"{options.Version}\" (Prompts:Version); versions found: {known}.");
        }

        var functions = new Dictionary<string, PromptFunction>(StringComparer.Ordinal);
        foreach (var functionFolder in FunctionFolders(folder))
        {
            var function = LoadFunction(options.Version, functionFolder);
            functions[function.FullName] = function;
        }

        return new PromptLibrary(options.Version, folder, HashFolder(folder), functions);
    }

    /// <summary>The function <c>Plugin/Function</c>.</summary>
    /// <exception cref="AgentException">This prompt version has no such function.</exception>
    public PromptFunction Get(string plugin, string function) =>
        _functions.TryGetValue($"{plugin}/{function}", out var found)
            ? found
            : throw new AgentException(
                AgentFailure.PromptFiles,
                $"{Path.Combine(Folder, plugin, function)}: prompt version \"{Version}\" has no {plugin}/{function} " +
                $"({TemplateFile} and {ConfigFile}).");

    /// <summary>The functions as Semantic Kernel plugins, one per plugin folder.</summary>
    public IEnumerable<KernelPlugin> ToPlugins() =>
        _functions.Values
            .GroupBy(function => function.Plugin, StringComparer.Ordinal)
            .Select(group => KernelPluginFactory.CreateFromFunctions(group.Key, group.Select(f => f.Function)));

    private static IEnumerable<string> FunctionFolders(string versionFolder) =>
        Directory.GetDirectories(versionFolder)
            .SelectMany(Directory.GetDirectories)
            .Where(folder => File.Exists(Path.Combine(folder, TemplateFile)))
            .Order(StringComparer.Ordinal);

    private static PromptFunction LoadFunction(string version, string folder)
    {
        var name = Path.GetFileName(folder);
        var plugin = Path.GetFileName(Path.GetDirectoryName(folder)!);
        var configPath = Path.Combine(folder, ConfigFile);
        var template = File.ReadAllText(Path.Combine(folder, TemplateFile));

        PromptTemplateConfig config;
        try
        {
            config = PromptTemplateConfig.FromJson(File.ReadAllText(configPath));
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException or FileNotFoundException)
        {
            throw new AgentException(
                AgentFailure.PromptFiles, $"{configPath}: {OneLine(exception.Message)}", exception);
        }

        config.Name = name;
        config.Template = template;
        var settings = config.DefaultExecutionSettings
            ?? throw new AgentException(
                AgentFailure.PromptFiles, $"{configPath}: execution_settings.default is missing.");
        var schema = ReadSchema(configPath, version, plugin, name, settings);

        var function = KernelFunctionFactory.CreateFromPrompt(config);

        return new PromptFunction(
            plugin, name, function, settings, schema, ReadMaxTokens(settings), template.Length,
            TemplateVariables(template));
    }

    private static JsonSchema ReadSchema(
        string configPath,
        string version,
        string plugin,
        string name,
        PromptExecutionSettings settings)
    {
        if (settings.ExtensionData?.TryGetValue("response_format", out var value) != true
            || value is not JsonElement { ValueKind: JsonValueKind.Object } element)
        {
            throw new AgentException(
                AgentFailure.PromptFiles,
                $"{configPath}: execution_settings.default.response_format must be the reply's JSON Schema.");
        }

        try
        {
            var baseUri = new Uri($"https://assessagent.invalid/prompts/{version}/{plugin}/{name}");

            return JsonSchema.Build(element, new BuildOptions { SchemaRegistry = new SchemaRegistry() }, baseUri);
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException or InvalidOperationException)
        {
            throw new AgentException(
                AgentFailure.PromptFiles,
                $"{configPath}: response_format is not a valid JSON Schema: {OneLine(exception.Message)}",
                exception);
        }
    }

    private static int? ReadMaxTokens(PromptExecutionSettings settings) =>
        settings.ExtensionData?.TryGetValue("max_tokens", out var value) == true
            && value is JsonElement element && element.TryGetInt32(out var tokens)
            ? tokens
            : null;

    private static string HashFolder(string folder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Select(path => (Path: path, Relative: Path.GetRelativePath(folder, path).Replace('\\', '/')))
            .OrderBy(file => file.Relative, StringComparer.Ordinal);

        foreach (var file in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file.Relative));
            hash.AppendData([0]);
            hash.AppendData(File.ReadAllBytes(file.Path));
            hash.AppendData([0]);
        }

        return "sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static HashSet<string> TemplateVariables(string template) =>
        TemplateVariable().Matches(template)
            .Select(match => match.Groups["name"].Value)
            .ToHashSet(StringComparer.Ordinal);

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();

    [GeneratedRegex(@"\{\{\s*\$(?<name>\w+)\s*\}\}")]
    private static partial Regex TemplateVariable();
}
