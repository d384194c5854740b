using AssessAgent.Cli;

return await AssessAgentCommandLine.Create().Parse(args).InvokeAsync();
