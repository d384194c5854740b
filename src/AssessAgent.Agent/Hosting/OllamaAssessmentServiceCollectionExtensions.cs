using AssessAgent.Agent.Calling;
using AssessAgent.Agent.Configuration;
using AssessAgent.Agent.Ollama;
using AssessAgent.Agent.Prompts;
using AssessAgent.Agent.Providers;
using AssessAgent.Assessment;
using AssessAgent.LanguageModels;
using AssessAgent.Assessment.Pipeline;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace AssessAgent.Agent.Hosting;

/// <summary>Registers the language-model assessment over the offline one.</summary>
public static class OllamaAssessmentServiceCollectionExtensions
{
    private const int QuestionsPerModelSlot = 4;

    /// <summary>
    /// Binds and validates the "Ollama", "Assessment" and "Prompts" settings; registers Ollama's HTTP clients,
    /// the provider resolver, the process's one <see cref="ModelCallLimiter"/>, the prompt library and a Semantic
    /// Kernel kernel on OllamaSharp; and puts
    /// provider-switching stand-ins in front of the registered <see cref="IQuestionAssessor"/>,
    /// <see cref="IRecommendationWriter"/> and <see cref="IInterviewAssessor"/>. Call it after the offline
    /// assessment is registered. With the provider Offline, or Auto without Ollama, the offline services run
    /// untouched, except that the pipeline may start more questions at once
    /// (<see cref="PipelineOptions.MaxParallelQuestions"/> at least four per model slot), which the offline
    /// assessor, bound by its encoder, neither gains nor loses by.
    /// </summary>
    /// <exception cref="InvalidOperationException">The offline services are not registered yet.</exception>
    public static IServiceCollection AddOllamaAssessment(this IServiceCollection services, IConfiguration configuration)
    {
        AddOptions<OllamaOptions>(services, configuration, OllamaOptions.SectionName);
        AddOptions<AssessmentOptions>(services, configuration, AssessmentOptions.SectionName);
        AddOptions<PromptOptions>(services, configuration, PromptOptions.SectionName);

        services.AddOptions<PipelineOptions>().PostConfigure<IOptions<OllamaOptions>>(KeepModelSlotsBusy);

        OllamaHttpClients.Register(services);
        services.AddSingleton<OllamaProbe>();
        services.AddSingleton<OllamaChatClientFactory>();
        // The one limit on model calls, which the factory puts right around OllamaSharp's client.
        services.AddSingleton<ModelCallLimiter>();
        services.AddSingleton<AssessmentProviderResolver>();
        services.AddSingleton(provider =>
            PromptLibrary.Load(provider.GetRequiredService<IOptions<PromptOptions>>().Value));
        services.AddSingleton(BuildKernel);
        services.AddSingleton<StructuredPromptRunner>();

        Decorate<IQuestionAssessor>(services, (provider, offline) =>
            ActivatorUtilities.CreateInstance<ProviderSwitchingQuestionAssessor>(provider, offline));
        Decorate<IRecommendationWriter>(services, (provider, offline) =>
            ActivatorUtilities.CreateInstance<ProviderSwitchingRecommendationWriter>(provider, offline));
        Decorate<IInterviewAssessor>(services, (provider, inner) =>
            ActivatorUtilities.CreateInstance<ProviderSwitchingInterviewAssessor>(provider, inner));

        return services;
    }

    private static void AddOptions<TOptions>(IServiceCollection services, IConfiguration configuration, string section)
        where TOptions : class =>
        services.AddOptions<TOptions>()
            .Bind(configuration.GetSection(section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

    // The model calls are throttled one by one (StructuredPromptRunner), so the pipeline need not hold questions
    // back to spare the server; it should rather start enough of them that a freed slot always finds a call waiting,
    // a question's later calls included. Questions beyond that would only wait.
    private static void KeepModelSlotsBusy(PipelineOptions pipeline, IOptions<OllamaOptions> ollama) =>
        pipeline.MaxParallelQuestions = Math.Max(
            pipeline.MaxParallelQuestions, Math.Min(QuestionsPerModelSlot * ollama.Value.MaxParallelism, 64));

    // The kernel's chat client is OllamaSharp's, inside every registered decorator (such as the eval harness's
    // response cache, the last registered outermost), wrapped so that tool calls the model asks for actually run.
    private static Kernel BuildKernel(IServiceProvider provider)
    {
        var chat = provider.GetRequiredService<OllamaChatClientFactory>().Create();

        var builder = Kernel.CreateBuilder();
        builder.Services.AddSingleton(provider.GetRequiredService<ILoggerFactory>());
        builder.Services.AddChatClient(chat).UseKernelFunctionInvocation();
        var kernel = builder.Build();
        kernel.Plugins.AddRange(provider.GetRequiredService<PromptLibrary>().ToPlugins());

        return kernel;
    }

    private static void Decorate<TService>(
        IServiceCollection services,
        Func<IServiceProvider, TService, TService> decorate)
        where TService : class
    {
        var descriptor = services.LastOrDefault(d => d.ServiceType == typeof(TService) && !d.IsKeyedService)
            ?? throw new InvalidOperationException(
                $"AddOllamaAssessment stands in front of the offline {typeof(TService).Name}; register the offline " +
                "assessment first.");

        services.Remove(descriptor);
        services.Add(ServiceDescriptor.Describe(
            typeof(TService),
            provider => decorate(provider, (TService)CreateInner(provider, descriptor)),
            descriptor.Lifetime));
    }

    private static object CreateInner(IServiceProvider provider, ServiceDescriptor descriptor) =>
        descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!);
}
