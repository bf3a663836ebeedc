using Microsoft.Playwright;

namespace Hiring.Gateway.Tests.Browser;

/// <summary>Signing in to the workspace with an API key, in a real browser against the real host.</summary>
[Collection(WorkspaceCollection.Name)]
public sealed class WebAppTests(WorkspaceFixture workspace)
{
    [Fact]
    public async Task ARecruiterSignsInWithTheirKeyAndSeesTheirProjects()
    {
        await using var context = await workspace.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = workspace.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByLabel("API key").FillAsync(WorkspaceFixture.DemoKey);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page.Locator("#link")).ToHaveTextAsync("live");
        await Assertions.Expect(page.Locator("#view h1")).ToHaveTextAsync("Projects");
        await Assertions.Expect(page.Locator("#who")).ToContainTextAsync("demo");
    }

    [Fact]
    public async Task AWrongKeyIsRefusedWithAMessage()
    {
        await using var context = await workspace.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = workspace.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByLabel("API key").FillAsync("not-a-key");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page.Locator("#signin-error")).ToContainTextAsync("Could not sign in");
        await Assertions.Expect(page.Locator("#app")).ToBeHiddenAsync();
    }
}
