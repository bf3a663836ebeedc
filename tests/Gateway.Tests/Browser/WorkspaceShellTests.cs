using Microsoft.Playwright;

namespace Hiring.Gateway.Tests.Browser;

/// <summary>The workspace's frame: navigation, focus on each view's heading, the live status, and the phone layout.</summary>
[Collection(WorkspaceCollection.Name)]
public sealed class WorkspaceShellTests(WorkspaceFixture workspace)
{
    [Fact]
    public async Task EachSectionOpensFromTheNavigationWithFocusOnItsHeading()
    {
        var page = await workspace.SignedInPageAsync();
        var nav = page.GetByRole(AriaRole.Navigation, new PageGetByRoleOptions { Name = "Workspace" });
        foreach (var (link, heading) in new[] { ("Search & insights", "Search and insights"), ("Settings", "Settings"), ("Projects", "Projects") })
        {
            await nav.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = link }).ClickAsync();
            var h1 = page.Locator("#view h1");
            await Assertions.Expect(h1).ToHaveTextAsync(heading);
            await Assertions.Expect(h1).ToBeFocusedAsync();
            await Assertions.Expect(nav.Locator("[aria-current=page]")).ToContainTextAsync(link);
        }

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AtPhoneWidthNothingScrollsSidewaysAndTheChatOpensFromTheHeader()
    {
        var page = await workspace.SignedInPageAsync(width: 390, height: 844);
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways at 390 px");
        await Assertions.Expect(page.Locator("#message")).ToBeHiddenAsync();

        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Chat" }).ClickAsync();
        await Assertions.Expect(page.Locator("#message")).ToBeVisibleAsync();
        await WorkspaceFixture.ScreenshotAsync(page, "phone-chat");
        await page.Context.CloseAsync();
    }
}
