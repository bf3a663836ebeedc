using Hiring.Gateway.Tests.Support;
using Microsoft.Playwright;

namespace Hiring.Gateway.Tests.Browser;

/// <summary>The recruiter web app in a real browser (Debian's Chromium, driven by Playwright) against the real host.</summary>
public sealed class WebAppTests : IAsyncLifetime
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private const string DemoKey = "hk_browser_test_key_0123456789";
    private readonly TempDataDirectory _data = new();
    private RunningGateway _gateway = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} is missing: scripts/test.sh installs Debian's chromium package.");
        _gateway = await RunningGateway.StartAsync(_data.Path, new Dictionary<string, string?> { ["Hiring:Demo:ApiKey"] = DemoKey });
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _gateway.DisposeAsync();
        _data.Dispose();
    }

    [Fact]
    public async Task ARecruiterSignsInChatsAndApprovesAStepAndASecondTabSeesTheSame()
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _gateway.Http.BaseAddress!.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.FillAsync("#key", DemoKey);
        await page.ClickAsync("#key-form button");
        await Assertions.Expect(page.Locator("#link")).ToHaveTextAsync("live");

        await page.FillAsync("#message", "hello there");
        await page.ClickAsync("#composer button");
        await Assertions.Expect(page.Locator("#turns li.assistant").First).ToContainTextAsync("hiring project");

        // A second tab of the same recruiter (same browser profile) shows the same conversation, live.
        var second = await context.NewPageAsync();
        await second.GotoAsync("/");
        await Assertions.Expect(second.Locator("#link")).ToHaveTextAsync("live");
        await Assertions.Expect(second.Locator("#turns li.recruiter").First).ToHaveTextAsync("hello there");

        await page.FillAsync("#message", "Find senior Go engineers in Berlin");
        await page.ClickAsync("#composer button");
        var approval = page.Locator("#approvals li", new PageLocatorOptions { HasText = "Intake will apply qualifications" });
        await Assertions.Expect(approval).ToBeVisibleAsync();
        await Assertions.Expect(second.Locator("#approvals li", new PageLocatorOptions { HasText = "Intake will apply qualifications" })).ToBeVisibleAsync();

        await approval.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Approve" }).ClickAsync();
        await Assertions.Expect(page.Locator("#events")).ToContainTextAsync("approval decided");
        await Assertions.Expect(second.Locator("#approvals")).ToContainTextAsync("Nothing waits for your approval.");
    }

    [Fact]
    public async Task AWrongKeyIsRefusedWithAMessage()
    {
        var page = await _browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = _gateway.Http.BaseAddress!.ToString() });
        await page.GotoAsync("/");
        await page.FillAsync("#key", "not-a-key");
        await page.ClickAsync("#key-form button");
        await Assertions.Expect(page.Locator("#signin-error")).ToContainTextAsync("Could not sign in");
        Assert.True(await page.Locator("#app").IsHiddenAsync());
    }
}
