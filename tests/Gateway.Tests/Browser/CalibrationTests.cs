using Microsoft.Playwright;

namespace Hiring.Gateway.Tests.Browser;

/// <summary>The calibration view: the batch as cards marked right or wrong, by mouse or keyboard, the marks recorded by the sourcing agent.</summary>
[Collection(WorkspaceCollection.Name)]
public sealed class CalibrationTests(WorkspaceFixture workspace)
{
    [Fact]
    public async Task MarkedCardsAreRecordedByTheSourcingAgentAndTheAssistantSaysWhatItChanged()
    {
        var arrangement = ProjectArrangement.For(workspace);
        var projectId = await arrangement.CalibratedProjectAsync();
        var page = await workspace.SignedInPageAsync(path: $"/#/projects/{projectId}/calibration");
        var cards = page.Locator(".calibration-card");
        await Assertions.Expect(cards.First).ToBeVisibleAsync();
        var total = await cards.CountAsync();
        // Cards still waiting at Calibration, whose marks move them on; when another test's sourcing round has
        // already taken them on, any unmarked card (its mark is confirmed by what the sourcing agent reports).
        var pressed = new LocatorFilterOptions { HasNot = page.Locator("button[aria-pressed='true']") };
        var waiting = page.Locator(".calibration-card[data-stage='CALIBRATION']").Filter(pressed);
        var fromCalibration = await waiting.CountAsync() >= 2;
        var unmarked = fromCalibration ? waiting : cards.Filter(pressed);

        // Right, with the mouse.
        var right = unmarked.First;
        var rightId = await right.GetAttributeAsync("data-candidate");
        await right.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Right" }).ClickAsync();
        var rightCard = page.Locator($".calibration-card[data-candidate='{rightId}']");
        await Assertions.Expect(rightCard.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Right" })).ToHaveAttributeAsync("aria-pressed", "true");

        // Wrong, with a reason, by keyboard only: the reason field, then Tab to Right, Tab to Wrong, Enter.
        var wrongId = await unmarked.First.GetAttributeAsync("data-candidate");
        var wrongCard = page.Locator($".calibration-card[data-candidate='{wrongId}']");
        await wrongCard.GetByLabel("Reason (optional)").FocusAsync();
        await page.Keyboard.TypeAsync("too junior");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(wrongCard.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Wrong" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        // Each mark is a plan of the assistant, run after whatever it is doing: give it time.
        var assistantTime = new LocatorAssertionsToHaveTextOptions { Timeout = 45_000 };
        await Assertions.Expect(rightCard.Locator(".mark-status")).ToHaveTextAsync("Marked right", assistantTime);
        await Assertions.Expect(wrongCard.Locator(".mark-status")).ToHaveTextAsync("Marked wrong", assistantTime);
        await Assertions.Expect(wrongCard.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Wrong" })).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(page.Locator(".progress")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex($"^\\d+ of {total} marked$"));
        // Each mark is recorded by its own plan, in turn: the reason comes with the second.
        var recorded = new LocatorAssertionsToContainTextOptions { Timeout = 45_000 };
        await Assertions.Expect(page.Locator(".next-events")).ToContainTextAsync("Recorded your feedback", recorded);
        await Assertions.Expect(page.Locator(".next-events")).ToContainTextAsync("too junior", recorded);

        if (fromCalibration)
        {
            var stages = await arrangement.StagesAsync(projectId);
            Assert.Equal("SOURCED", stages[rightId!]);
            Assert.Equal("ARCHIVED", stages[wrongId!]);
        }

        await WorkspaceFixture.ScreenshotAsync(page, "calibration");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AtPhoneWidthTheCalibrationCardsFitWithoutSidewaysScroll()
    {
        var projectId = await ProjectArrangement.For(workspace).CalibratedProjectAsync();
        var page = await workspace.SignedInPageAsync(width: 390, height: 844, path: $"/#/projects/{projectId}/calibration");
        await Assertions.Expect(page.Locator(".calibration-card").First).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the calibration view scrolls sideways at 390 px");
        await WorkspaceFixture.ScreenshotAsync(page, "calibration-phone");
        await page.Context.CloseAsync();
    }
}
