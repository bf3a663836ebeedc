using Microsoft.Playwright;

namespace Hiring.Gateway.Tests.Browser;

/// <summary>The approval policy and the screen availability as settings a recruiter understands; a change is saved and shown again after a reload, and one said in chat shows at once.</summary>
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

    [Fact]
    public async Task AvailabilityEditedInTheFormIsSavedRefusedWithAReasonAndUpdatedFromTheChat()
    {
        var page = await workspace.SignedInPageAsync(path: "/#/settings");
        var section = page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "When you take screens" });
        var saved = page.GetByRole(AriaRole.Status).Filter(new LocatorFilterOptions { HasText = "Saved" });
        await section.GetByLabel("Time zone").FillAsync("Europe/Berlin");
        await section.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Add a window" }).PressAsync("Enter");
        // The new window's day has the focus, so the keyboard goes on from there.
        await Assertions.Expect(section.GetByLabel("Day of window 1")).ToBeFocusedAsync();
        await section.GetByLabel("Day of window 1").SelectOptionAsync("TUESDAY");
        await section.GetByLabel("Start of window 1").FillAsync("14:00");
        await section.GetByLabel("End of window 1").FillAsync("17:00");
        await section.GetByLabel("A day off").FillAsync("2027-01-06");
        await section.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Add day off" }).ClickAsync();
        await section.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Save availability" }).ClickAsync();
        await Assertions.Expect(saved).ToBeVisibleAsync();

        var kept = (await workspace.QueryAsync("{ availability { timeZone windows { day start end } daysOff } }")).GetProperty("availability");
        Assert.Equal("Europe/Berlin", kept.GetProperty("timeZone").GetString());
        var window = Assert.Single(kept.GetProperty("windows").EnumerateArray());
        Assert.Equal(("TUESDAY", "14:00", "17:00"), (window.GetProperty("day").GetString(), window.GetProperty("start").GetString(), window.GetProperty("end").GetString()));
        Assert.Equal("2027-01-06", Assert.Single(kept.GetProperty("daysOff").EnumerateArray()).GetString());
        await page.ReloadAsync();
        await Assertions.Expect(section.GetByLabel("Day of window 1")).ToHaveValueAsync("TUESDAY");

        await section.GetByLabel("Time zone").FillAsync("Mars/Olympus");
        await section.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Save availability" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new LocatorFilterOptions { HasText = "Not saved: 'Mars/Olympus' is not a time zone" })).ToBeVisibleAsync();

        await WorkspacePages.SendInChatAsync(page, "I take screens Thu 9-11am CET");
        var assistant = new LocatorAssertionsToHaveValueOptions { Timeout = 45_000 };
        await Assertions.Expect(section.GetByLabel("Day of window 1")).ToHaveValueAsync("THURSDAY", assistant);
        await Assertions.Expect(section.GetByLabel("Start of window 1")).ToHaveValueAsync("09:00", assistant);
        await Assertions.Expect(section.GetByLabel("Time zone")).ToHaveValueAsync("Europe/Berlin", assistant);
        await Assertions.Expect(page.Locator("#turns li", new PageLocatorOptions { HasText = "Thursday 09:00–11:00 (Europe/Berlin)" }).First).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 45_000 });
        await WorkspaceFixture.ScreenshotAsync(page, "settings-availability");
        await page.Context.CloseAsync();
    }
}
