using Microsoft.Playwright;

namespace Hiring.Gateway.Tests.Browser;

/// <summary>The memory page: what the recruiter told the assistant to keep, with their words and when; corrected and forgotten from the page, and in sync with the chat.</summary>
[Collection(WorkspaceCollection.Name)]
public sealed class MemoryPageTests(WorkspaceFixture workspace)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Assistant = new() { Timeout = 45_000 };

    [Fact]
    public async Task AMemoryToldInChatShowsWithItsWordsIsCorrectedOnThePageAndForgottenForGood()
    {
        var page = await workspace.SignedInPageAsync(path: "/#/memory");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Memory" })).ToBeVisibleAsync();

        await WorkspacePages.SendInChatAsync(page, "remember that our Leeds panel interviews are on Tuesdays");
        var memories = page.GetByRole(AriaRole.List, new PageGetByRoleOptions { Name = "Memories" });
        var leeds = memories.GetByRole(AriaRole.Listitem).Filter(new LocatorFilterOptions { HasText = "Leeds panel interviews are on Tuesdays" });
        await Assertions.Expect(leeds).ToBeVisibleAsync(Assistant);
        await Assertions.Expect(leeds.GetByText("from your message on")).ToBeVisibleAsync();
        await WorkspaceFixture.ScreenshotAsync(page, "memory");

        await leeds.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Correct" }).ClickAsync();
        await leeds.GetByLabel("Corrected memory").FillAsync("Our Leeds panel interviews are on Thursdays");
        await leeds.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Save" }).ClickAsync();
        var thursdays = memories.GetByRole(AriaRole.Listitem).Filter(new LocatorFilterOptions { HasText = "Leeds panel interviews are on Thursdays" });
        await Assertions.Expect(thursdays).ToBeVisibleAsync();
        await Assertions.Expect(thursdays.GetByText("was: “Our Leeds panel interviews are on Tuesdays”", new LocatorGetByTextOptions { Exact = false })).ToBeVisibleAsync();

        await thursdays.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Forget" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new LocatorFilterOptions { HasText = "Forgot" })).ToBeVisibleAsync();
        await Assertions.Expect(thursdays).ToHaveCountAsync(0);

        var left = await workspace.QueryAsync("query($about: String) { memories(about: $about) { text } }", new { about = "Leeds panel interviews" });
        Assert.Empty(left.GetProperty("memories").EnumerateArray());
        await page.Context.CloseAsync();
    }
}
