using System.Text.Json;
using Microsoft.Playwright;
using static Hiring.Gateway.Tests.Browser.WorkspacePages;

namespace Hiring.Gateway.Tests.Browser;

/// <summary>The projects list and the project view at laptop and phone widths, saved as screenshots; nothing scrolls the page sideways on a phone.</summary>
[Collection(WorkspaceCollection.Name)]
public sealed class ViewScreenshotTests(WorkspaceFixture workspace)
{
    [Fact]
    public async Task TheProjectsListLinksEachProjectAndTheProjectViewFitsAPhoneWithoutSidewaysScrolling()
    {
        var projectId = await AnyProjectAsync();
        var page = await workspace.SignedInPageAsync(path: "/#/projects");
        var row = page.Locator("li.project-row").First;
        await Assertions.Expect(row).ToContainTextAsync("Created");
        await WorkspaceFixture.ScreenshotAsync(page, "projects");
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = await row.Locator("h2 a").InnerTextAsync() }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Pipeline", Exact = true })).ToBeVisibleAsync();

        var phone = await workspace.SignedInPageAsync(width: 390, height: 844, path: $"/#/projects/{Uri.EscapeDataString(projectId)}");
        await Assertions.Expect(phone.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Pipeline", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(phone.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Sourced (" })).ToBeVisibleAsync();
        Assert.True(await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the project view scrolls sideways at 390 px");
        await WorkspaceFixture.ScreenshotAsync(phone, "phone-project");
        await page.Context.CloseAsync();
        await phone.Context.CloseAsync();
    }

    // A project made through the API when no other test has made one yet.
    private async Task<string> AnyProjectAsync()
    {
        static string? First(JsonElement data) => data.GetProperty("projects").EnumerateArray().Select(p => p.GetProperty("id").GetString()).FirstOrDefault();
        const string Projects = "{ projects(max: 1) { id } }";
        if (First(await workspace.QueryAsync(Projects)) is { } id)
        {
            return id;
        }

        await PostAsync(workspace, "I need a frontend engineer in Vancouver, React and TypeScript");
        await Wait.UntilAsync(async () => First(await workspace.QueryAsync(Projects)) is not null, TimeSpan.FromMilliseconds(AssistantMs), "a project exists");
        return First(await workspace.QueryAsync(Projects))!;
    }
}
