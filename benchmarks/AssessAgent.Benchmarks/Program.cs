using AssessAgent.Benchmarks.ModelPipeline;
using AssessAgent.Benchmarks.Processes;
using AssessAgent.Benchmarks.Support;
using BenchmarkDotNet.Running;

// `eval-offline` runs the offline eval over every case once, in this process, for memory.sh to measure;
// `write-catalog-vectors` embeds the standard questions into the file the build ships (after editing them);
// `model-pipeline` measures the language-model pipeline against a fake Ollama server with a simulated speed
// (`fake-ollama` is that server, started by it as a process of its own);
// `store-index sqlite|postgres SIZE` prints the search index's load time, memory and recall over an archive;
// `populate sqlite|postgres SIZE...` fills the store benchmarks' cached archives ahead of a run;
// anything else goes to BenchmarkDotNet, for example `--filter *Offline*` or `--list flat`.
if (args is ["eval-offline", ..])
{
    return await OfflineEvalProcess.RunAsync();
}

if (args is ["write-catalog-vectors", ..])
{
    return await CatalogVectorsProcess.RunAsync();
}

if (args is ["model-pipeline", .. var pipelineArgs])
{
    return await ModelPipelineProcess.RunAsync(pipelineArgs);
}

if (args is ["fake-ollama", ..])
{
    return await SimulatedModelServerProcess.RunAsync(
        ModelPipelineProcess.PerPromptToken, ModelPipelineProcess.PerCompletionToken);
}

if (args is ["store-index", var indexBackend, var indexSize])
{
    return await AssessAgent.Benchmarks.Store.StoreIndexProcess.RunAsync(indexBackend, int.Parse(indexSize));
}

if (args is ["populate", var backend, .. var sizes])
{
    foreach (var size in sizes)
    {
        var store = await AssessAgent.Benchmarks.Store.ArchiveDatabase.OpenAsync(backend, int.Parse(size), null);
        (store as IAsyncDisposable)?.DisposeAsync().AsTask().Wait();
    }

    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(ShortInProcessConfig).Assembly).Run(args, new ShortInProcessConfig());

return 0;
