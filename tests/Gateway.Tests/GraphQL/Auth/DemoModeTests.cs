using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Hiring.Gateway.Tests.Support;

namespace Hiring.Gateway.Tests.GraphQL.Auth;

[Collection(ConsoleCollection.Name)]
public sealed class DemoModeTests
{
    [Fact]
    public async Task WithoutKeysTheServerPrintsADemoKeyThatWorksAndSurvivesARestart()
    {
        using var data = new TempDataDirectory();
        var console = new StringWriter();
        var original = Console.Out;
        Console.SetOut(console);
        string key;
        try
        {
            await using (var gateway = await RunningGateway.StartAsync(data.Path))
            {
                key = (await File.ReadAllTextAsync(Path.Combine(data.Path, "demo-api-key"))).Trim();
                Assert.Contains(key, console.ToString(), StringComparison.Ordinal);
                Assert.Contains("Hiring is listening on " + gateway.Http.BaseAddress!.GetLeftPart(UriPartial.Authority), console.ToString(), StringComparison.Ordinal);
                Assert.Contains("\"tenant\":\"demo\"", await MeAsync(gateway, key), StringComparison.Ordinal);
            }

            await using (var restarted = await RunningGateway.StartAsync(data.Path))
            {
                Assert.Contains("\"id\":\"demo\"", await MeAsync(restarted, key), StringComparison.Ordinal);
            }
        }
        finally
        {
            Console.SetOut(original);
        }
    }

    [Fact]
    public async Task AConfiguredDemoKeyIsUsedAsIs()
    {
        using var data = new TempDataDirectory();
        await using var gateway = await RunningGateway.StartAsync(data.Path, new Dictionary<string, string?>
        {
            ["Hiring:Demo:ApiKey"] = "my-demo-key",
            ["Hiring:Demo:Tenant"] = "showroom",
        });

        Assert.Contains("\"tenant\":\"showroom\"", await MeAsync(gateway, "my-demo-key"), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(data.Path, "demo-api-key")));
    }

    private static async Task<string> MeAsync(RunningGateway gateway, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("{\"query\": \"{ me { tenant id } }\"}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await gateway.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
