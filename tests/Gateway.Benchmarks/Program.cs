using Hiring.Gateway.Benchmarks;

return await BenchCommand.RunAsync(args);
