using AssessAgent.Benchmarks.Processes;
using AssessAgent.Benchmarks.Support;
using BenchmarkDotNet.Running;

// `eval-offline` runs the offline eval over every case once, in this process, for memory.sh to measure;
// anything else goes to BenchmarkDotNet, for example `--filter *Offline*` or `--list flat`.
if (args is ["eval-offline", ..])
{
    return await OfflineEvalProcess.RunAsync();
}

BenchmarkSwitcher.FromAssembly(typeof(ShortInProcessConfig).Assembly).Run(args, new ShortInProcessConfig());

return 0;
