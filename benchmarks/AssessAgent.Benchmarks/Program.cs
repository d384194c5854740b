using AssessAgent.Benchmarks.Processes;
using AssessAgent.Benchmarks.Support;
using BenchmarkDotNet.Running;

// `eval-offline` runs the offline eval over every case once, in this process, for memory.sh to measure;
// `model-pipeline` measures the language-model pipeline against a fake Ollama server with a simulated speed;
// anything else goes to BenchmarkDotNet, for example `--filter *Offline*` or `--list flat`.
if (args is ["eval-offline", ..])
{
    return await OfflineEvalProcess.RunAsync();
}

if (args is ["model-pipeline", ..])
{
    return await AssessAgent.Benchmarks.ModelPipeline.ModelPipelineProcess.RunAsync();
}

BenchmarkSwitcher.FromAssembly(typeof(ShortInProcessConfig).Assembly).Run(args, new ShortInProcessConfig());

return 0;
