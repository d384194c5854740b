using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AssessAgent.Tests.Agent.FakeOllama;

/// <summary>
/// An in-process HTTP server on 127.0.0.1 and a free port, shaped like Ollama's documented API: <c>/api/chat</c>
/// (NDJSON stream or one object), <c>/api/tags</c>, <c>/api/show</c>, <c>/api/embed</c> and <c>/api/version</c>.
/// Each test scripts its chat replies per prompt function (the title of the request's <c>format</c> schema) and
/// reads back every request body it received.
/// </summary>
public sealed class FakeOllamaServer : IAsyncDisposable
{
    public const string ServerVersion = "0.12.6";
    public const string ModelDigest = "sha256:6a0746a1ec1aef3e7ec53868f220ff6e389f6f8ef87a01d77c96807de94ca2aa";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<FakeChatReply>> _scripts = new();
    private readonly ConcurrentDictionary<string, Func<RecordedRequest, FakeChatReply>> _defaults = new();
    private readonly CancellationTokenSource _stopping = new();

    private FakeOllamaServer(WebApplication app)
    {
        _app = app;
    }

    /// <summary>The server's base address, such as <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Endpoint { get; private set; } = null!;

    /// <summary>The models <c>/api/tags</c> lists.</summary>
    public List<string> Models { get; } = ["qwen2.5:7b-instruct"];

    /// <summary>Every request received so far, oldest first.</summary>
    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>The chat requests received so far, oldest first.</summary>
    public IReadOnlyList<RecordedRequest> ChatRequests => [.. _requests.Where(r => r.Path == "/api/chat")];

    /// <summary>The chat requests for one prompt function.</summary>
    public IReadOnlyList<RecordedRequest> ChatRequestsFor(string function) =>
        [.. ChatRequests.Where(r => r.FunctionTitle == function)];

    public static async Task<FakeOllamaServer> StartAsync()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls("http://127.0.0.1:0");
        builder.Services.AddRoutingCore();
        builder.Logging.ClearProviders();
        var app = builder.Build();

        var server = new FakeOllamaServer(app);
        server.MapRoutes();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Endpoint = new Uri(address.EndsWith('/') ? address : address + "/");

        return server;
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
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private void MapRoutes()
    {
        _app.Run(async context =>
        {
            var request = await RecordAsync(context.Request);
            var path = context.Request.Path.Value ?? "";
            await (path switch
            {
                "/api/version" => WriteJsonAsync(context, new JsonObject { ["version"] = ServerVersion }),
                "/api/tags" => WriteJsonAsync(context, Tags()),
                "/api/show" => ShowAsync(context, request),
                "/api/embed" => EmbedAsync(context, request),
                "/api/chat" => ChatAsync(context, request),
                _ => WriteErrorAsync(context, 404, "404 page not found"),
            });
        });
    }

    private async Task<RecordedRequest> RecordAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var recorded = new RecordedRequest(request.Method, request.Path.Value ?? "", await reader.ReadToEndAsync());
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

    private Task ShowAsync(HttpContext context, RecordedRequest request)
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

    private Task EmbedAsync(HttpContext context, RecordedRequest request)
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

    private async Task ChatAsync(HttpContext context, RecordedRequest request)
    {
        var model = request.Json?["model"]?.GetValue<string>() ?? "";
        if (!Models.Contains(model))
        {
            await WriteErrorAsync(context, 404, $"model \"{model}\" not found, try pulling it first");

            return;
        }

        switch (NextReply(request))
        {
            case FakeChatReply.Error error:
                await WriteErrorAsync(context, error.Status, error.Message);
                break;
            case FakeChatReply.Stall:
                await StallAsync(context);
                break;
            case FakeChatReply.StreamError streamError:
                await WriteLinesAsync(context, [new JsonObject { ["error"] = streamError.Message }]);
                break;
            case FakeChatReply.Answer answer:
                await AnswerAsync(context, request, model, answer);
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

    private async Task StallAsync(HttpContext context)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
        try
        {
            await Task.Delay(Timeout.Infinite, linked.Token);
        }
        catch (OperationCanceledException)
        {
            // The client gave up or the test ended, which is what a stall is for.
        }
    }

    private static async Task AnswerAsync(HttpContext context, RecordedRequest request, string model, FakeChatReply.Answer answer)
    {
        var promptCount = answer.PromptEvalCount ?? Math.Max(1, request.AllMessageText.Length / 4);
        var evalCount = Math.Max(1, answer.Content.Length / 4);
        var streaming = request.Json?["stream"]?.GetValue<bool>() ?? true;
        var createdAt = "2026-12-03T12:00:00.000000Z";

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

    private static async Task WriteLinesAsync(HttpContext context, IEnumerable<JsonObject> lines)
    {
        context.Response.StatusCode = (int)HttpStatusCode.OK;
        context.Response.ContentType = "application/x-ndjson";
        foreach (var line in lines)
        {
            await context.Response.WriteAsync(line.ToJsonString() + "\n");
            await context.Response.Body.FlushAsync();
        }
    }

    private static Task WriteJsonAsync(HttpContext context, JsonNode body)
    {
        context.Response.StatusCode = (int)HttpStatusCode.OK;
        context.Response.ContentType = "application/json; charset=utf-8";

        return context.Response.WriteAsync(body.ToJsonString(new JsonSerializerOptions()));
    }

    private static Task WriteErrorAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";

        return context.Response.WriteAsync(new JsonObject { ["error"] = message }.ToJsonString());
    }
}
