using Microsoft.Playwright;

namespace Hiring.Gateway.Tests.Browser;

/// <summary>The approval policy as settings a recruiter understands; a change is saved and shown again after a reload.</summary>
[Collection(WorkspaceCollection.Name)]
public sealed class SettingsTests(WorkspaceFixture workspace)
{
    [Fact]
    public async Task AChangedApprovalPolicyIsSavedAndStillShownAfterAReload()
    {
        var page = await workspace.SignedInPageAsync(path: "/#/settings");
        var drafts = page.GetByRole(AriaRole.Group, new PageGetByRoleOptions { Name = "Draft messages to candidates" });
        await drafts.GetByLabel("Do it without asking").CheckAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new LocatorFilterOptions { HasText = "Saved" })).ToBeVisibleAsync();
        await WorkspaceFixture.ScreenshotAsync(page, "settings");

        await page.ReloadAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Group, new PageGetByRoleOptions { Name = "Draft messages to candidates" }).GetByLabel("Do it without asking")).ToBeCheckedAsync();
        var policy = await workspace.QueryAsync("{ approvalPolicy { entries { action mode } } }");
        Assert.Contains(policy.GetProperty("approvalPolicy").GetProperty("entries").EnumerateArray(), e => e.GetProperty("action").GetString() == "DRAFT" && e.GetProperty("mode").GetString() == "AUTO");

        await page.GetByRole(AriaRole.Group, new PageGetByRoleOptions { Name = "Draft messages to candidates" }).GetByLabel("Ask me first").CheckAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new LocatorFilterOptions { HasText = "ask me first" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
