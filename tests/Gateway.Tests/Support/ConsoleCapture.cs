using System.CommandLine;
using Hiring.Gateway.Cli;

namespace Hiring.Gateway.Tests.Support;

/// <summary>Runs the <c>hiring</c> command line in-process and captures what it prints.</summary>
public static class ConsoleCapture
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string[] args)
    {
        var writer = new StringWriter();
        var originalOut = Console.Out;
        var originalError = Console.Error;
        Console.SetOut(writer);
        Console.SetError(writer);
        try
        {
            var exit = await HiringCommandLine.Create().Parse(args).InvokeAsync(new InvocationConfiguration { Output = writer, Error = writer });
            return (exit, writer.ToString());
        }
        finally
        {
            Console.SetOut(originalOut);
            Console.SetError(originalError);
        }
    }
}
