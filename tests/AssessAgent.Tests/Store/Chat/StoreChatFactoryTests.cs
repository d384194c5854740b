using System.Net;
using System.Net.Sockets;
using AssessAgent.LanguageModels;
using AssessAgent.Store;
using AssessAgent.Store.Chat;
using AssessAgent.Tests.Agent.FakeOllama;
using AssessAgent.Tests.Agent.Support;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace AssessAgent.Tests.Store.Chat;

/// <summary>
/// The one seam the command line and the service start their chats from: the model over the fake Ollama server
/// when the provider resolves to Ollama, retrieval without it, and slash commands always by retrieval.
/// </summary>
public sealed class StoreChatFactoryTests : IAsyncLifetime
{
    private const string Model = "qwen2.5:7b-instruct";

    private FakeOllamaServer _server = null!;
    private ChatStoreFixture _store = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeOllamaServer.StartAsync();
        _store = await ChatStoreFixture.CreateAsync();
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Start_WithOllama_AnswersQuestionsWithTheModelAndItsTools()
    {
        var adaId = _store.Ids["Ada Example"];
        _server.Script("",
            new FakeChatReply.ToolCall("store_search", """{"query":"read replicas"}"""),
            new FakeChatReply.Answer($"Ada Example proposed read replicas [{adaId} technical-1]."));
        await using var host = CreateHost(_server.Endpoint.ToString(), "Ollama");

        var session = await host.Services.GetRequiredService<IStoreChatFactory>().StartAsync();
        var answer = await session.AskAsync("Who talked about read replicas?");

        Assert.Equal(Model, session.AnsweredBy);
        Assert.Null(session.Notice);
        Assert.Equal(Model, answer.AnsweredBy);
        Assert.Equal("read replicas", Assert.Single(_store.Queries.Searches).Text);
        Assert.Contains(answer.Citations, citation => citation.AssessmentId == adaId);
        Assert.Equal("Who talked about read replicas?", Assert.Single(session.History).Question);
    }

    [Fact]
    public async Task Start_WithOllama_LeavesOutTheChatClientDecoratorsSuchAsTheEvalResponseCache()
    {
        _server.Script("", new FakeChatReply.Answer("Nothing to cite."));
        var decorator = new CountingDecorator();
        await using var host = CreateHost(_server.Endpoint.ToString(), "Ollama",
            services => services.AddSingleton<IChatClientDecorator>(decorator));

        var session = await host.Services.GetRequiredService<IStoreChatFactory>().StartAsync();
        await session.AskAsync("Who is in the store?");

        Assert.Equal(0, decorator.Decorated);
        Assert.Single(_server.ChatRequests);
    }

    [Fact]
    public async Task Ask_SlashCommandWithOllama_GoesToRetrievalWithoutCallingTheModel()
    {
        await using var host = CreateHost(_server.Endpoint.ToString(), "Ollama");
        var session = await host.Services.GetRequiredService<IStoreChatFactory>().StartAsync();

        var answer = await session.AskAsync("/list position=backend");

        Assert.Empty(_server.ChatRequests);
        Assert.Equal(RetrievalAnswerer.AnsweredBy, answer.AnsweredBy);
        Assert.Contains(answer.Citations, citation => citation.AssessmentId == _store.Ids["Bo Sample"]);
    }

    [Fact]
    public async Task AskStreaming_WithOllama_StreamsTextThenTheWholeAnswerWithCitations()
    {
        var adaId = _store.Ids["Ada Example"];
        _server.Script("",
            new FakeChatReply.ToolCall("store_get_assessment", $$"""{"assessmentId":"{{adaId}}"}"""),
            new FakeChatReply.Answer($"Ada Example was recommended Hire [{adaId}]."));
        await using var host = CreateHost(_server.Endpoint.ToString(), "Ollama");
        var session = await host.Services.GetRequiredService<IStoreChatFactory>().StartAsync();

        var updates = new List<ChatAnswerUpdate>();
        await foreach (var update in session.AskStreamingAsync("What was Ada's recommendation?"))
        {
            updates.Add(update);
        }

        var final = Assert.Single(updates, update => update.Answer is not null).Answer!;
        Assert.Same(final, updates[^1].Answer);
        Assert.Equal(final.Text, string.Concat(updates.Select(update => update.Text)));
        Assert.Equal(new Citation(adaId, "Ada Example"), Assert.Single(final.Citations));
        Assert.Same(final, Assert.Single(session.History).Answer);
    }

    [Fact]
    public async Task Start_AutoWithoutOllama_AnswersByRetrievalAndSaysWhy()
    {
        await using var host = CreateHost(ClosedPortEndpoint(), "Auto");

        var session = await host.Services.GetRequiredService<IStoreChatFactory>().StartAsync();
        var updates = new List<ChatAnswerUpdate>();
        await foreach (var update in session.AskStreamingAsync("Who talked about read replicas?"))
        {
            updates.Add(update);
        }

        Assert.Equal(RetrievalAnswerer.AnsweredBy, session.AnsweredBy);
        Assert.Contains("Ollama is not answering", session.Notice);
        Assert.EndsWith("Answering from the store by retrieval, without a model.", session.Notice);
        Assert.Equal(2, updates.Count);
        var answer = updates[1].Answer!;
        Assert.Equal(updates[0].Text, answer.Text);
        Assert.Contains(answer.Citations, citation => citation.AssessmentId == _store.Ids["Ada Example"]);
    }

    [Fact]
    public async Task Ask_HistoryCommand_ListsTheSessionsQuestions()
    {
        await using var host = CreateHost(_server.Endpoint.ToString(), "Offline");
        var session = await host.Services.GetRequiredService<IStoreChatFactory>().StartAsync();

        await session.AskAsync("Who talked about read replicas?");
        await session.AskAsync("/stats");
        var history = await session.AskAsync("/history");

        Assert.Contains("1. Who talked about read replicas?", history.Text);
        Assert.Contains("2. /stats", history.Text);
        Assert.Empty(_server.Requests);
    }

    private AgentTestHost CreateHost(string endpoint, string provider, Action<IServiceCollection>? configure = null) =>
        AgentTestHost.Create(
            endpoint,
            new Dictionary<string, string?> { ["Assessment:Provider"] = provider, ["Ollama:Model"] = Model },
            services =>
            {
                services.AddSingleton<IAssessmentStore>(_store.Store);
                services.AddSingleton<IAssessmentQueries>(_store.Queries);
                services.AddAssessmentChat();
                configure?.Invoke(services);
            });

    private sealed class CountingDecorator : IChatClientDecorator
    {
        public int Decorated { get; private set; }

        public IChatClient Decorate(IChatClient inner)
        {
            Decorated++;
            return inner;
        }
    }

    private static string ClosedPortEndpoint()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        return $"http://127.0.0.1:{port}/";
    }
}
