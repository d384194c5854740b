using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AssessAgent.Tests.Agent.FakeOllama;

/// <summary>
/// An in-process HTTP server (<see cref="HttpListener"/>) on 127.0.0.1 and a free port, shaped like Ollama's
/// documented API: <c>/api/chat</c> (NDJSON stream or one object), <c>/api/tags</c>, <c>/api/show</c>,
/// <c>/api/embed</c> and <c>/api/version</c>. Each test scripts its chat replies per prompt function (the title of
/// the request's <c>format</c> schema) and reads back every request body it received. HttpListener rather than
/// Kestrel keeps the test project off the ASP.NET Core shared framework, which would stop the CLI tests' copy of
/// the executable from finding its Microsoft.Extensions assemblies.
/// </summary>
public sealed class FakeOllamaServer : IAsyncDisposable
{
    public const string ServerVersion = "0.12.6";
    public const string ModelDigest = "sha256:6a0746a1ec1aef3e7ec53868f220ff6e389f6f8ef87a01d77c96807de94ca2aa";

    private readonly HttpListener _listener;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<FakeChatReply>> _scripts = new();
    private readonly ConcurrentDictionary<string, Func<RecordedRequest, FakeChatReply>> _defaults = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _holds = new();
    private readonly CancellationTokenSource _stopping = new();
    private Task _serving = Task.CompletedTask;
    private int _chatsInFlight;
    private int _maxChatsInFlight;
    private TaskCompletionSource _chatGate = OpenGate();

    private FakeOllamaServer(HttpListener listener, Uri endpoint)
    {
        _listener = listener;
        Endpoint = endpoint;
    }

    /// <summary>The server's base address, such as <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Endpoint { get; }

    /// <summary>The models <c>/api/tags</c> lists.</summary>
    public List<string> Models { get; } = ["qwen2.5:7b-instruct"];

    /// <summary>Every request received so far, oldest first.</summary>
    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>The chat requests received so far, oldest first.</summary>
    public IReadOnlyList<RecordedRequest> ChatRequests => [.. _requests.Where(r => r.Path == "/api/chat")];

    /// <summary>
    /// How long every chat reply waits before it is written, so that overlapping requests can be seen.
    /// </summary>
    public TimeSpan ChatDelay { get; set; } = TimeSpan.Zero;

    /// <summary>The most chat requests that were being answered at the same time.</summary>
    public int MaxChatsInFlight => Volatile.Read(ref _maxChatsInFlight);

    /// <summary>How many chat requests are being answered now.</summary>
    public int ChatsInFlight => Volatile.Read(ref _chatsInFlight);

    /// <summary>Holds every chat request that arrives from now on, counted in flight, until
    /// <see cref="ReleaseChats"/>.</summary>
    public void HoldChats() => Volatile.Write(ref _chatGate, new(TaskCreationOptions.RunContinuationsAsynchronously));

    /// <summary>Lets the held chat requests, and every later one, be answered.</summary>
    public void ReleaseChats() => Volatile.Read(ref _chatGate).TrySetResult();

    /// <summary>
    /// Holds every chat reply of <paramref name="function"/> back, in flight, until <see cref="Release"/>: a gate
    /// that shows which calls a client makes at the same time without depending on how long anything takes.
    /// </summary>
    public void Hold(string function) => _holds.TryAdd(function, new TaskCompletionSource());

    /// <summary>Lets the held replies of <paramref name="function"/> and its later ones through.</summary>
    public void Release(string function)
    {
        if (_holds.TryGetValue(function, out var gate))
        {
            gate.TrySetResult();
        }
    }

    /// <summary>Waits until at least <paramref name="count"/> chat requests are in flight at once.</summary>
    /// <exception cref="TimeoutException">They were not within <paramref name="timeout"/>.</exception>
    public async Task WaitForChatsInFlightAsync(int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (ChatsInFlight < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException(
                    $"{count} chat requests were never in flight at once; at most {MaxChatsInFlight} were.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(10));
        }
    }

    /// <summary>The chat requests for one prompt function.</summary>
    public IReadOnlyList<RecordedRequest> ChatRequestsFor(string function) =>
        [.. ChatRequests.Where(r => r.FunctionTitle == function)];

    public static Task<FakeOllamaServer> StartAsync()
    {
        // A port another process takes between being found free and being listened on is tried again.
        for (var attempt = 1; ; attempt++)
        {
            var endpoint = new Uri($"http://127.0.0.1:{FreePort()}/");
            var listener = new HttpListener();
            listener.Prefixes.Add(endpoint.ToString());
            try
            {
                listener.Start();
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close();
                continue;
            }

            var server = new FakeOllamaServer(listener, endpoint);
            server._serving = server.ServeAsync();

            return Task.FromResult(server);
        }
    }

    /// <summary>Queues replies for the next chat requests of <paramref name="function"/>, in order.</summary>
    public void Script(string function, params FakeChatReply[] replies)
    {
        var queue = _scripts.GetOrAdd(function, _ => new ConcurrentQueue<FakeChatReply>());
        foreach (var reply in replies)
        {
            queue.Enqueue(reply);
        }
    }

    /// <summary>What <paramref name="function"/> answers once its script is used up.</summary>
    public void Default(string function, Func<RecordedRequest, FakeChatReply> reply) => _defaults[function] = reply;

    /// <inheritdoc cref="Default(string, Func{RecordedRequest, FakeChatReply})"/>
    public void Default(string function, FakeChatReply reply) => _defaults[function] = _ => reply;

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Close();
        await _serving;
        _stopping.Dispose();
    }

    private static TaskCompletionSource OpenGate()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        gate.SetResult();

        return gate;
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();

        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        var handlers = new List<Task>();
        while (!_stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException)
            {
                break;
            }

            handlers.Add(Task.Run(() => HandleAsync(context)));
        }

        await Task.WhenAll(handlers);
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        try
        {
            var request = await RecordAsync(context.Request);
            await (request.Path switch
            {
                "/api/version" => WriteJsonAsync(context, new JsonObject { ["version"] = ServerVersion }),
                "/api/tags" => WriteJsonAsync(context, Tags()),
                "/api/show" => ShowAsync(context, request),
                "/api/embed" => EmbedAsync(context, request),
                "/api/chat" => ChatAsync(context, request),
                _ => WriteErrorAsync(context, 404, "404 page not found"),
            });
            context.Response.Close();
        }
        catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or IOException
            || (exception is OperationCanceledException && _stopping.IsCancellationRequested))
        {
            // The client went away (a timeout or a cancellation under test) or the server is stopping.
        }
    }

    private async Task<RecordedRequest> RecordAsync(HttpListenerRequest request)
    {
        using var reader = new StreamReader(request.InputStream, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var recorded = new RecordedRequest(request.HttpMethod, request.Url?.AbsolutePath ?? "", body);
        _requests.Enqueue(recorded);

        return recorded;
    }

    private JsonObject Tags() => new()
    {
        ["models"] = new JsonArray([.. Models.Select(name => (JsonNode)new JsonObject
        {
            ["name"] = name,
            ["model"] = name,
            ["modified_at"] = "2026-11-30T10:00:00Z",
            ["size"] = 4683087332,
            ["digest"] = ModelDigest,
            ["details"] = new JsonObject { ["family"] = "qwen2", ["parameter_size"] = "7.6B" },
        })]),
    };

    private Task ShowAsync(HttpListenerContext context, RecordedRequest request)
    {
        var name = request.Json?["model"]?.GetValue<string>() ?? request.Json?["name"]?.GetValue<string>();

        return Models.Contains(name ?? "")
            ? WriteJsonAsync(context, new JsonObject
            {
                ["modelfile"] = "FROM " + name,
                ["details"] = new JsonObject { ["family"] = "qwen2" },
                ["capabilities"] = new JsonArray("completion", "tools"),
            })
            : WriteErrorAsync(context, 404, $"model '{name}' not found");
    }

    private static Task EmbedAsync(HttpListenerContext context, RecordedRequest request)
    {
        var inputs = request.Json?["input"] is JsonArray array ? array.Count : 1;
        var embeddings = new JsonArray([.. Enumerable.Range(0, inputs)
            .Select(index => (JsonNode)new JsonArray(1.0f / (index + 1), 0.5f, 0.25f))]);

        return WriteJsonAsync(context, new JsonObject
        {
            ["model"] = request.Json?["model"]?.GetValue<string>(),
            ["embeddings"] = embeddings,
        });
    }

    private async Task ChatAsync(HttpListenerContext context, RecordedRequest request)
    {
        var model = request.Json?["model"]?.GetValue<string>() ?? "";
        if (!Models.Contains(model))
        {
            await WriteErrorAsync(context, 404, $"model \"{model}\" not found, try pulling it first");

            return;
        }

        var inFlight = Interlocked.Increment(ref _chatsInFlight);
        InterlockedMax(ref _maxChatsInFlight, inFlight);
        try
        {
            await Volatile.Read(ref _chatGate).Task.WaitAsync(_stopping.Token);
            await Task.Delay(ChatDelay);
            if (_holds.TryGetValue(request.FunctionTitle ?? "", out var gate))
            {
                await gate.Task.WaitAsync(_stopping.Token);
            }

            await ReplyAsync(context, request, model);
        }
        finally
        {
            Interlocked.Decrement(ref _chatsInFlight);
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }

    private async Task ReplyAsync(HttpListenerContext context, RecordedRequest request, string model)
    {
        switch (NextReply(request))
        {
            case FakeChatReply.Error error:
                await WriteErrorAsync(context, error.Status, error.Message);
                break;
            case FakeChatReply.Stall:
                await StallAsync();
                break;
            case FakeChatReply.StreamError streamError:
                await WriteLinesAsync(context, [new JsonObject { ["error"] = streamError.Message }]);
                break;
            case FakeChatReply.Answer answer:
                await AnswerAsync(context, request, model, answer);
                break;
            case FakeChatReply.ToolCall toolCall:
                await ToolCallAsync(context, model, toolCall);
                break;
        }
    }

    private FakeChatReply NextReply(RecordedRequest request)
    {
        var function = request.FunctionTitle ?? "";
        if (_scripts.TryGetValue(function, out var queue) && queue.TryDequeue(out var scripted))
        {
            return scripted;
        }

        return _defaults.TryGetValue(function, out var fallback)
            ? fallback(request)
            : new FakeChatReply.Error(500, $"the fake server has no reply scripted for '{function}'");
    }

    private async Task StallAsync()
    {
        try
        {
            await Task.Delay(Timeout.Infinite, _stopping.Token);
        }
        catch (OperationCanceledException)
        {
            // The test ended, which is what a stall waits for.
        }
    }

    private static async Task AnswerAsync(
        HttpListenerContext context,
        RecordedRequest request,
        string model,
        FakeChatReply.Answer answer)
    {
        var promptCount = answer.PromptEvalCount ?? Math.Max(1, request.AllMessageText.Length / 4);
        var evalCount = Math.Max(1, answer.Content.Length / 4);
        var streaming = request.Json?["stream"]?.GetValue<bool>() ?? true;
        const string createdAt = "2026-12-03T12:00:00.000000Z";

        var final = new JsonObject
        {
            ["model"] = model,
            ["created_at"] = createdAt,
            ["message"] = Message(streaming ? "" : answer.Content, streaming ? null : answer.Thinking),
            ["done"] = true,
            ["done_reason"] = answer.DoneReason,
            ["total_duration"] = 1_200_000_000L,
            ["load_duration"] = 10_000_000L,
            ["prompt_eval_count"] = promptCount,
            ["prompt_eval_duration"] = 300_000_000L,
            ["eval_count"] = evalCount,
            ["eval_duration"] = 800_000_000L,
        };
        if (!streaming)
        {
            await WriteJsonAsync(context, final);

            return;
        }

        var lines = new List<JsonObject>();
        if (answer.Thinking is { } thinking)
        {
            lines.Add(Chunk(model, createdAt, Message("", thinking)));
        }

        lines.AddRange(Pieces(answer.Content).Select(piece => Chunk(model, createdAt, Message(piece, null))));
        lines.Add(final);
        await WriteLinesAsync(context, lines);
    }

    private static Task ToolCallAsync(HttpListenerContext context, string model, FakeChatReply.ToolCall toolCall)
    {
        var message = Message("", null);
        message["tool_calls"] = new JsonArray(new JsonObject
        {
            ["function"] = new JsonObject
            {
                ["name"] = toolCall.Name,
                ["arguments"] = JsonNode.Parse(toolCall.ArgumentsJson),
            },
        });

        return WriteJsonAsync(context, new JsonObject
        {
            ["model"] = model,
            ["created_at"] = "2026-12-03T12:00:00.000000Z",
            ["message"] = message,
            ["done"] = true,
            ["done_reason"] = "stop",
            ["prompt_eval_count"] = 50,
            ["eval_count"] = 10,
        });
    }

    private static IEnumerable<string> Pieces(string content)
    {
        const int size = 16;
        for (var start = 0; start < content.Length; start += size)
        {
            yield return content.Substring(start, Math.Min(size, content.Length - start));
        }
    }

    private static JsonObject Chunk(string model, string createdAt, JsonObject message) => new()
    {
        ["model"] = model,
        ["created_at"] = createdAt,
        ["message"] = message,
        ["done"] = false,
    };

    private static JsonObject Message(string content, string? thinking)
    {
        var message = new JsonObject { ["role"] = "assistant", ["content"] = content };
        if (thinking is not null)
        {
            message["thinking"] = thinking;
        }

        return message;
    }

    private static async Task WriteLinesAsync(HttpListenerContext context, IEnumerable<JsonObject> lines)
    {
        context.Response.StatusCode = (int)HttpStatusCode.OK;
        context.Response.ContentType = "application/x-ndjson";
        context.Response.SendChunked = true;
        foreach (var line in lines)
        {
            var bytes = Encoding.UTF8.GetBytes(line.ToJsonString() + "\n");
            await context.Response.OutputStream.WriteAsync(bytes);
            await context.Response.OutputStream.FlushAsync();
        }
    }

    private static Task WriteJsonAsync(HttpListenerContext context, JsonNode body) =>
        WriteAsync(context, (int)HttpStatusCode.OK, body.ToJsonString(new JsonSerializerOptions()));

    private static Task WriteErrorAsync(HttpListenerContext context, int status, string message) =>
        WriteAsync(context, status, new JsonObject { ["error"] = message }.ToJsonString());

    private static async Task WriteAsync(HttpListenerContext context, int status, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength64 = bytes.Length;
        await context.Response.OutputStream.WriteAsync(bytes);
    }
}
