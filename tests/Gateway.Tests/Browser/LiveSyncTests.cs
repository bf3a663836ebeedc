using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Hiring.Gateway.Tests.Browser.WorkspacePages;

namespace Hiring.Gateway.Tests.Browser;

/// <summary>Every page of a recruiter shows the same state, live, and a page that lost the server catches up when it is back.</summary>
[Collection(WorkspaceCollection.Name)]
public sealed class LiveSyncTests(WorkspaceFixture workspace)
{
    [Fact]
    public async Task ASecondDeviceSeesTheNewProjectAndItsApprovedQualificationsLive()
    {
        var laptop = await workspace.SignedInPageAsync();
        var phone = await workspace.SignedInPageAsync(width: 390, height: 844, path: "/#/projects");

        await SendInChatAsync(laptop, "I need a data analyst in Toronto, SQL and Tableau");
        var projectId = await WaitForProjectViewAsync(laptop);

        // The phone's project list gains the project without a reload, and its view follows the laptop's decision.
        var link = phone.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Data Analyst" });
        await Assertions.Expect(link).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = AssistantMs });
        await phone.GotoAsync($"/#/projects/{Uri.EscapeDataString(projectId)}");
        var phoneQualifications = phone.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Qualifications" });
        await Assertions.Expect(phoneQualifications.GetByText("Waiting for your approval").First).ToBeVisibleAsync();

        await laptop.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Approve all waiting" }).ClickAsync();
        await Assertions.Expect(phoneQualifications.GetByText("Waiting for your approval")).ToHaveCountAsync(0, new LocatorAssertionsToHaveCountOptions { Timeout = AssistantMs });
        await Assertions.Expect(phoneQualifications.GetByText("Approved").First).ToBeVisibleAsync();
        await laptop.Context.CloseAsync();
        await phone.Context.CloseAsync();
    }

    [Fact]
    public async Task AfterAServerRestartThePageShowsItIsOfflineThenReconnectsAndCatchesUp()
    {
        var page = await workspace.SignedInPageAsync(path: "/#/approvals");
        var restart = workspace.RestartAsync();
        try
        {
            await Assertions.Expect(page.Locator("#link")).ToHaveTextAsync(new Regex("offline|reconnecting"));
        }
        finally
        {
            // The other tests need the host back whatever this one saw.
            await restart;
        }

        // Said as soon as the server is back, most likely before the page's next retry: it reaches the page through the resumed cursor.
        const string Request = "I need a product designer in Lyon, Figma";
        await PostAsync(workspace, Request);

        await Assertions.Expect(page.Locator("#link")).ToHaveTextAsync("live", new LocatorAssertionsToHaveTextOptions { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("#turns li.recruiter", new PageLocatorOptions { HasText = Request })).ToBeVisibleAsync();
        var approval = page.Locator("li.approval", new PageLocatorOptions { HasText = "Figma" });
        await Assertions.Expect(approval).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = AssistantMs });
        await Assertions.Expect(page.Locator("#approval-count")).Not.ToBeHiddenAsync();
        await page.Context.CloseAsync();
    }
}
