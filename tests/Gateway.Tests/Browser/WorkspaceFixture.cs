using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Hiring.Gateway.Hosting;
using Hiring.Gateway.Tests.Support;
using Microsoft.Playwright;

namespace Hiring.Gateway.Tests.Browser;

/// <summary>
/// One real host with a small demo pool and one Debian Chromium, shared by the workspace's browser
/// tests (they run one after another in the "workspace" collection). Pages sign in as the demo
/// recruiter; screenshots go to the test project's git-ignored artifacts/screenshots folder.
/// </summary>
public sealed class WorkspaceFixture : IAsyncLifetime
{
    public const string DemoKey = "hk_workspace_test_key_0123456789";
    private const string ChromiumPath = "/usr/bin/chromium";
    private const int PoolProfiles = 1500;
    private static readonly TimeSpan PoolReadyTimeout = TimeSpan.FromSeconds(120);
    private readonly TempDataDirectory _data = new();
    private IPlaywright _playwright = null!;
    private int _port;

    public RunningGateway Gateway { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress => Gateway.Http.BaseAddress!;

    /// <summary>Where screenshots of the main views are saved (git-ignored).</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(ProjectFolder(), "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} is missing: scripts/test.sh installs Debian's chromium package.");
        Gateway = await RunningGateway.StartAsync(_data.Path, Settings("http://127.0.0.1:0"));
        _port = BaseAddress.Port;
        await WaitForPoolAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await Gateway.DisposeAsync();
        _data.Dispose();
    }

    /// <summary>A new browser context (its own storage, like another device) with a page signed in as the demo recruiter and showing the workspace.</summary>
    public async Task<IPage> SignedInPageAsync(int width = 1280, int height = 900, string path = "/")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        return await SignedInPageAsync(context, path);
    }

    /// <summary>Another page (tab) of the same context: same storage, same recruiter.</summary>
    public static async Task<IPage> SignedInPageAsync(IBrowserContext context, string path = "/")
    {
        await context.AddInitScriptAsync($"localStorage.setItem('hiring.apiKey', '{DemoKey}')");
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        // A loaded machine (the browser tests share two cores with the server) may take longer than five seconds to connect.
        await Assertions.Expect(page.Locator("#link")).ToHaveTextAsync("live", new LocatorAssertionsToHaveTextOptions { Timeout = 30_000 });
        return page;
    }

    /// <summary>Saves a full-page screenshot of a view under artifacts/screenshots/{name}.png.</summary>
    public static async Task ScreenshotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, $"{name}.png"), FullPage = true });

    /// <summary>Stops the host and starts it again on the same address and data folder, as an operator's restart would.</summary>
    public async Task RestartAsync()
    {
        await Gateway.DisposeAsync();
        Gateway = await RunningGateway.StartAsync(_data.Path, Settings($"http://127.0.0.1:{_port.ToString(CultureInfo.InvariantCulture)}"));
    }

    /// <summary>Runs a GraphQL query as the demo recruiter (for arranging and checking what the page shows).</summary>
    public async Task<JsonElement> QueryAsync(string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Add("x-api-key", DemoKey);
        using var response = await Gateway.Http.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        return body.GetProperty("data");
    }

    private static Dictionary<string, string?> Settings(string urls) => new()
    {
        ["urls"] = urls,
        ["Hiring:Demo:ApiKey"] = DemoKey,
        [HiringSettings.DemoProfiles] = PoolProfiles.ToString(CultureInfo.InvariantCulture),
        [HiringSettings.DemoSeed] = "7",
        // The demo recruiter is an operator here, so the candidate card offers the erase action.
        [$"{Hiring.Gateway.GraphQL.Auth.OperatorList.Setting}:0"] = "demo/demo",
    };

    private async Task WaitForPoolAsync()
    {
        var deadline = DateTime.UtcNow + PoolReadyTimeout;
        while (true)
        {
            var data = await QueryAsync("{ search(query: \"\\\"backend engineer\\\"\", top: 1, mode: BOOLEAN) { totalMatches } }");
            if (data.GetProperty("search").GetProperty("totalMatches").GetInt64() > 0)
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The demo pool of {PoolProfiles} profiles was not searchable within {PoolReadyTimeout}.");
            await Task.Delay(500);
        }
    }

    private static string ProjectFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (folder.GetFiles("*.csproj").Length > 0)
            {
                return folder.FullName;
            }
        }

        return AppContext.BaseDirectory;
    }
}

[CollectionDefinition(Name)]
public sealed class WorkspaceCollection : ICollectionFixture<WorkspaceFixture>
{
    public const string Name = "workspace";
}

/// <summary>
/// The end-to-end journey runs on a host of its own: its recruiter's conversation starts empty, so
/// a project another test left open is not read as the one its request starts from.
/// </summary>
[CollectionDefinition(Name)]
public sealed class JourneyCollection : ICollectionFixture<WorkspaceFixture>
{
    public const string Name = "journey";
}
