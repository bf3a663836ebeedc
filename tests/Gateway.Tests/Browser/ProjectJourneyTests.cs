using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Hiring.Gateway.Tests.Browser.WorkspacePages;

namespace Hiring.Gateway.Tests.Browser;

/// <summary>
/// A recruiter's way from a request in the chat to a shortlist on the board, and a move by keyboard:
/// the chat opens the project it created, qualifications are approved in the project view, the
/// approvals inbox starts sourcing and the shortlist, the board shows it.
/// </summary>
[Collection(JourneyCollection.Name)]
public sealed class ProjectJourneyTests(WorkspaceFixture workspace)
{
    private const string Request = "I need a backend engineer in New York, Go and Kubernetes";

    [Fact]
    public async Task ARequestInTheChatOpensItsProjectAndEndsAsAShortlistOnTheBoardThatMovesByKeyboardAndByDrag()
    {
        // Tall enough that dragging a card to another column needs no scrolling (a scroll during a
        // drag makes Chromium start it on whatever card is then under the pointer).
        var page = await workspace.SignedInPageAsync(height: 1600);

        // The chat drives the UI: the project it creates opens by itself.
        await SendInChatAsync(page, Request);
        var projectId = await WaitForProjectViewAsync(page);
        await Assertions.Expect(page.Locator("#view h1")).ToHaveTextAsync("Backend Engineer");
        await Assertions.Expect(page.Locator("#turns li.plan").Last).ToContainTextAsync("Intake: create project");
        await Assertions.Expect(page.Locator("#turns li.plan").Last.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Open the project" })).ToBeVisibleAsync();
        await WorkspaceFixture.ScreenshotAsync(page, "chat");

        // Qualifications are approved from the project view; calibration follows.
        var qualifications = page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Qualifications" });
        await Assertions.Expect(qualifications.GetByText("Waiting for your approval").First).ToBeVisibleAsync();
        await qualifications.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Approve all waiting" }).ClickAsync();
        await Assertions.Expect(qualifications.GetByText("Waiting for your approval")).ToHaveCountAsync(0, new LocatorAssertionsToHaveCountOptions { Timeout = AssistantMs });
        try
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { NameRegex = new Regex("candidates? to calibrate") }))
                .ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = AssistantMs });
        }
        catch (PlaywrightException e)
        {
            var events = await workspace.QueryAsync("{ events(max: 200) { kind text planId } approvals(pendingOnly: true) { summary projectId } }");
            var recent = string.Join("\n", events.GetProperty("events").EnumerateArray().TakeLast(25).Select(x => $"{x.GetProperty("kind")} {x.GetProperty("planId")} {x.GetProperty("text").GetString()![..Math.Min(160, x.GetProperty("text").GetString()!.Length)]}"));
            throw new InvalidOperationException($"no calibration for {projectId}; pending: {events.GetProperty("approvals")}\n{recent}", e);
        }

        await WorkspaceFixture.ScreenshotAsync(page, "project");

        // Calibration (its own view is tested with it): the first ones look right, the last does not.
        var batch = await StageAsync(workspace, projectId, "CALIBRATION");
        Assert.NotEmpty(batch);
        var liked = string.Join(", ", Enumerable.Range(1, Math.Max(1, batch.Count - 1)));
        await PostAsync(workspace, batch.Count > 1 ? $"{liked} look right, {batch.Count} is wrong" : "1 looks right", projectId);

        // The approvals inbox starts sourcing, then puts the best on the shortlist.
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Approvals" }).ClickAsync();
        await ApproveInInboxAsync(page, "Start a search for candidates", "New York");
        await ApproveInInboxAsync(page, "Move candidates forward", "shortlist", namesPeople: true);

        // The board shows the shortlist.
        await page.GotoAsync($"/#/projects/{Uri.EscapeDataString(projectId)}");
        var shortlisted = Column(page, "Shortlisted");
        await Assertions.Expect(shortlisted.Locator("li.candidate").First).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = AssistantMs });
        await Assertions.Expect(shortlisted.Locator("li.candidate").First).ToContainTextAsync("Score");
        await WorkspaceFixture.ScreenshotAsync(page, "board");

        // Another tab of the same browser follows the move.
        var otherTab = await WorkspaceFixture.SignedInPageAsync(page.Context, $"/#/projects/{Uri.EscapeDataString(projectId)}");

        // Move by keyboard: Move… opens a stage picker, the reason is asked, the card changes column.
        var card = page.Locator($"li.candidate[data-candidate='{await shortlisted.Locator("li.candidate").First.GetAttributeAsync("data-candidate")}']");
        var name = await card.Locator("a.name").InnerTextAsync();
        var move = card.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { NameRegex = new Regex("^Move…") });
        await move.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var stage = card.GetByLabel($"Move {name} to");
        await Assertions.Expect(stage).ToBeFocusedAsync();
        await stage.SelectOptionAsync("CONTACTED");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        var reason = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(reason.GetByLabel(new Regex("Why"))).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Wrote to them on their personal site");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(Column(page, "Contacted").Locator("li.candidate", new LocatorLocatorOptions { HasText = name })).ToBeVisibleAsync();
        await Assertions.Expect(Column(otherTab, "Contacted").Locator("li.candidate", new LocatorLocatorOptions { HasText = name })).ToBeVisibleAsync();
        Assert.Single(await StageAsync(workspace, projectId, "CONTACTED"));

        // Or by dragging a card to another column; the reason is asked the same way.
        var dragged = page.Locator($"li.candidate[data-candidate='{await shortlisted.Locator("li.candidate").First.GetAttributeAsync("data-candidate")}']");
        var draggedName = await dragged.Locator("a.name").InnerTextAsync();
        await dragged.DragToAsync(Column(page, "Sourced"));
        await reason.GetByLabel(new Regex("Why")).FillAsync("Keep for a later role");
        await reason.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Save" }).ClickAsync();
        await Assertions.Expect(Column(page, "Sourced").Locator("li.candidate", new LocatorLocatorOptions { HasText = draggedName })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    private static async Task ApproveInInboxAsync(IPage page, string title, string words, bool namesPeople = false)
    {
        var card = page.Locator("li.approval", new PageLocatorOptions { Has = page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = title }), HasText = words }).First;
        await Assertions.Expect(card).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = AssistantMs });
        if (namesPeople)
        {
            // A shortlist names people, not ids: each links to the candidate's card.
            var person = card.Locator(".approval-people li a").First;
            await Assertions.Expect(person).ToHaveAttributeAsync("href", new Regex("/candidates/"));
            await Assertions.Expect(person).Not.ToHaveTextAsync(new Regex("^syn-"));
        }

        var heading = await card.GetAttributeAsync("aria-labelledby");
        await card.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Approve", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator($"li.approval[aria-labelledby='{heading}']")).ToHaveCountAsync(0);
    }
}
