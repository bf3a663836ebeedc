using Hiring.Gateway.Tests.Support;
using Microsoft.Extensions.Logging;

namespace Hiring.Gateway.Tests.Hosting;

public sealed class LoggingTests
{
    private static readonly string[] FrameworkCategories = ["Microsoft", "System", "Orleans", "Polly"];

    [Fact]
    public async Task FrameworksLogWarningsOnlyByDefaultAndAUrlWithATokenIsNeverLogged()
    {
        using var data = new TempDataDirectory();
        var logs = new CapturedLogs();
        await using (var gateway = await RunningGateway.StartAsync(data.Path, services: s => s.AddSingleton<ILoggerProvider>(logs)))
        {
            using var response = await gateway.Http.GetAsync(new Uri("/graphql?query=%7Bme%7Bid%7D%7D&token=secret-in-the-url", UriKind.Relative));
        }

        Assert.DoesNotContain(logs.Entries, e => e.Message.Contains("secret-in-the-url", StringComparison.Ordinal));
        var chatter = logs.Entries.Where(e => e.Level < LogLevel.Warning && FrameworkCategories.Any(c => e.Category.StartsWith(c, StringComparison.Ordinal)));
        Assert.True(!chatter.Any(), string.Join('\n', chatter.Take(10)));
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Information && e.Category.StartsWith("Hiring.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ConfigurationStillTurnsAFrameworkCategoryUp()
    {
        using var data = new TempDataDirectory();
        var logs = new CapturedLogs();
        await using (var gateway = await RunningGateway.StartAsync(
            data.Path, new Dictionary<string, string?> { ["Logging:LogLevel:Microsoft.AspNetCore.Hosting"] = "Information" }, s => s.AddSingleton<ILoggerProvider>(logs)))
        {
            using var response = await gateway.Http.GetAsync(new Uri("/healthz", UriKind.Relative));
        }

        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Information && e.Category.StartsWith("Microsoft.AspNetCore.Hosting", StringComparison.Ordinal));
    }
}
