using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using OllamaSharp.Models.Exceptions;

namespace AssessAgent.Store.Chat;

/// <summary>
/// A conversation with a chat model about the stored assessments. The model reaches the store only through the
/// <see cref="AssessmentQueryPlugin"/> functions, offered as tools on every request and run by Semantic Kernel's
/// function-invoking client; a tool that fails, or whose arguments do not bind, goes back to the model as a tool
/// result, so the model can correct its call. The history is kept between questions.
/// </summary>
public sealed class AssessmentChat
{
    private readonly IChatClient _client;
    private readonly AssessmentQueryPlugin _plugin;
    private readonly ChatOptions _options;
    private readonly List<ChatMessage> _history;
    private readonly ILogger _logger;

    /// <param name="modelClient">The model's chat client, such as OllamaSharp's, without function invocation.</param>
    /// <param name="modelName">The model's name, for answers and messages.</param>
    /// <param name="plugin">The store's query functions.</param>
    /// <param name="loggerFactory">Where the chat and the function calls log.</param>
    public AssessmentChat(
        IChatClient modelClient,
        string modelName,
        AssessmentQueryPlugin plugin,
        ILoggerFactory loggerFactory)
    {
        // The function-invoking wrapper is what makes a tool call run; without it, tool calls are silently dropped.
        _client = new ChatClientBuilder(modelClient).UseKernelFunctionInvocation(loggerFactory).Build();
        _plugin = plugin;
        ModelName = modelName;
        _logger = loggerFactory.CreateLogger<AssessmentChat>();

        var kernel = new Kernel();
        var functions = kernel.Plugins.AddFromObject(plugin, AssessmentQueryPlugin.PluginName);
        _options = new ChatOptions
        {
            Tools = [.. functions.AsAIFunctions(kernel)],
            ToolMode = ChatToolMode.Auto,
            Temperature = 0,
        };
        _history = [new ChatMessage(ChatRole.System, SystemPrompt.Value)];
    }

    /// <summary>The model's name, which answers carry as what answered them.</summary>
    public string ModelName { get; }

    /// <summary>The conversation so far, the system prompt first.</summary>
    public IReadOnlyList<ChatMessage> History => _history;

    /// <summary>Asks one question and waits for the whole answer.</summary>
    public async Task<ChatAnswer> AskAsync(string question, CancellationToken cancellationToken = default)
    {
        _history.Add(new ChatMessage(ChatRole.User, question));
        _plugin.TakeCitations();

        var response = await CallModelAsync(
            () => _client.GetResponseAsync(_history, _options, cancellationToken));
        _history.AddRange(response.Messages);

        return Answer(response.Text);
    }

    /// <summary>Asks one question and hands the answer's text to <paramref name="onText"/> as it arrives.</summary>
    public async Task<ChatAnswer> AskStreamingAsync(
        string question,
        Func<string, ValueTask> onText,
        CancellationToken cancellationToken = default)
    {
        await foreach (var update in StreamAsync(question, cancellationToken))
        {
            if (update.Answer is { } answer)
            {
                return answer;
            }

            await onText(update.Text);
        }

        throw new InvalidOperationException("The chat's stream ended without its answer.");
    }

    /// <summary>
    /// Asks one question and yields the answer's text as it arrives, then one last update that carries the whole
    /// answer with its citations.
    /// </summary>
    public async IAsyncEnumerable<ChatAnswerUpdate> StreamAsync(
        string question,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        _history.Add(new ChatMessage(ChatRole.User, question));
        _plugin.TakeCitations();

        var updates = new List<ChatResponseUpdate>();
        await using var stream = _client.GetStreamingResponseAsync(_history, _options, cancellationToken)
            .GetAsyncEnumerator(cancellationToken);

        // A try with a catch cannot hold a yield, so each step of the stream is awaited inside CallModelAsync.
        while (await CallModelAsync(async () => await stream.MoveNextAsync()))
        {
            updates.Add(stream.Current);
            if (!string.IsNullOrEmpty(stream.Current.Text))
            {
                yield return new ChatAnswerUpdate(stream.Current.Text);
            }
        }

        var response = updates.ToChatResponse();
        _history.AddRange(response.Messages);

        yield return ChatAnswerUpdate.Final(Answer(response.Text));
    }

    private ChatAnswer Answer(string text)
    {
        var citations = _plugin.TakeCitations();
        StoreChatLog.Answered(_logger, ModelName, citations.Count);

        return new ChatAnswer(text, citations, citations.Count > 0, ModelName);
    }

    private async Task<T> CallModelAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (ModelDoesNotSupportToolsException exception)
        {
            // The question stays unanswered; drop it so that the history holds only complete exchanges.
            _history.RemoveAt(_history.Count - 1);
            throw new AssessmentChatException(
                $"The model '{ModelName}' does not support tools, which the chat needs to query the store; " +
                "choose a model that does (such as qwen2.5 or llama3.1), or ask without a model for " +
                "retrieval answers.",
                exception);
        }
    }

    private static class SystemPrompt
    {
        public static readonly string Value = Load();

        private static string Load()
        {
            var assembly = typeof(AssessmentChat).Assembly;
            using var stream = assembly.GetManifestResourceStream("AssessAgent.Store.Chat.ChatSystemPrompt.txt")
                ?? throw new InvalidOperationException("The chat's system prompt is missing from the assembly.");
            using var reader = new StreamReader(stream);

            return reader.ReadToEnd();
        }
    }
}
