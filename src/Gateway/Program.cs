using Hiring.Gateway.Cli;

return await HiringCommandLine.Create().Parse(args).InvokeAsync(HiringCommandLine.Invocation());
