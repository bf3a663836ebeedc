using System.Globalization;
using System.Text.RegularExpressions;
using Hiring.Contracts.Talent;
using Hiring.Talent;
using Microsoft.Playwright;
using static Hiring.Gateway.Tests.Browser.WorkspacePages;

namespace Hiring.Gateway.Tests.Browser;

/// <summary>
/// A project's autopilot from its view: turned on nightly at a time of the recruiter's zone (a zone
/// the server does not know is refused with its reason), a run over profiles that arrived since
/// adds the matches to Sourced with its reason, and its digest waits for the recruiter on the card
/// and in the digest of what happened while they were away, until they dismiss it on any device.
/// </summary>
[Collection(WorkspaceCollection.Name)]
public sealed class AutopilotTests(WorkspaceFixture workspace)
{
    private const string Tenant = "demo";
    private const string Zone = "Europe/Berlin";

    [Fact]
    public async Task AutopilotTurnedOnInTheProjectViewAddsNewMatchesAndItsDigestWaitsForTheRecruiterUntilDismissed()
    {
        var projectId = await ProjectArrangement.For(workspace).CalibratedProjectAsync();
        var projectPath = $"/#/projects/{Uri.EscapeDataString(projectId)}";
        var page = await workspace.SignedInPageAsync(height: 1400, path: projectPath);
        var card = page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Autopilot", Exact = true });
        var onOff = card.GetByRole(AriaRole.Switch, new LocatorGetByRoleOptions { Name = "Look for new matches on a schedule" });
        var state = card.Locator(".autopilot-state");

        // A time zone the server does not know is refused with its reason, and autopilot stays off.
        await card.GetByLabel("Time zone").FillAsync("Mars/Olympus");
        await onOff.ClickAsync();
        await Assertions.Expect(card.GetByRole(AriaRole.Status)).ToContainTextAsync("Not saved: 'Mars/Olympus' is not a time zone");
        await Assertions.Expect(onOff).Not.ToBeCheckedAsync();
        await Assertions.Expect(state).ToHaveTextAsync(new Regex("^Off"));

        // Nightly at a time no test of this host reaches (twelve hours from now).
        var at = DateTime.UtcNow.AddHours(12).ToString("HH:mm", CultureInfo.InvariantCulture);
        await card.GetByLabel("Time zone").FillAsync(Zone);
        await card.GetByLabel("Nightly run at").FillAsync(at);
        await onOff.ClickAsync();
        await Assertions.Expect(state).ToContainTextAsync($"On: runs nightly at {at} ({Zone}). Next run:");
        await Assertions.Expect(onOff).ToBeCheckedAsync();
        var saved = (await workspace.QueryAsync("query($id: ID!) { autopilot(projectId: $id) { enabled schedule { at timeZone } nextRunAt } }", new { id = projectId })).GetProperty("autopilot");
        Assert.True(saved.GetProperty("enabled").GetBoolean());
        Assert.Equal((at, Zone), (saved.GetProperty("schedule").GetProperty("at").GetString(), saved.GetProperty("schedule").GetProperty("timeZone").GetString()));

        // Profiles arrive in the tenant's pool after it was turned on; "Run now" reads them.
        var arrived = await ArriveLikeTheCalibrationBatchAsync(projectId);
        await card.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Run now" }).ClickAsync();
        var latest = card.Locator(".autopilot-run").First;
        await Assertions.Expect(latest.Locator(".tag")).ToHaveTextAsync("Finished", new LocatorAssertionsToHaveTextOptions { Timeout = AssistantMs });
        await Assertions.Expect(latest.Locator(".run-digest")).ToHaveTextAsync(DigestOf(arrived.Count));
        await Assertions.Expect(latest.Locator(".run-budget")).ToContainTextAsync("Budget used:");
        await WorkspaceFixture.ScreenshotAsync(page, "autopilot");

        // The matches are on the board as Sourced; the card of one says autopilot found it, and why.
        var matches = await MatchesAsync(projectId);
        Assert.NotEmpty(matches);
        Assert.All(matches, id => Assert.Contains(id, arrived));
        var found = Column(page, "Sourced").Locator($"li.candidate[data-candidate='{matches[0]}']");
        await Assertions.Expect(found).ToBeVisibleAsync();

        // Coming back to the app: the digest of the run waits, linked to its project.
        await page.ReloadAsync();
        var digest = page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "While you were away" });
        await Assertions.Expect(digest).ToContainTextAsync(DigestOf(arrived.Count));
        await Assertions.Expect(digest.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Backend Engineer" })).ToHaveAttributeAsync("href", $"#/projects/{Uri.EscapeDataString(projectId)}");
        await WorkspaceFixture.ScreenshotAsync(page, "digest");

        await found.Locator("a.name").ClickAsync();
        await Assertions.Expect(page.GetByText("Why the assistant added them:")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#view")).ToContainTextAsync("Found overnight by autopilot (run-");

        // Dismissed here, it is not shown on another device either.
        await digest.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Dismiss" }).ClickAsync();
        await Assertions.Expect(digest).ToBeHiddenAsync();
        var phone = await workspace.SignedInPageAsync(width: 390, height: 844, path: projectPath);
        await Assertions.Expect(phone.Locator("#digest")).ToHaveAttributeAsync("data-read", "true");
        await Assertions.Expect(phone.Locator("#digest")).ToBeHiddenAsync();
        var phoneCard = phone.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Autopilot", Exact = true });
        await Assertions.Expect(phoneCard.Locator(".run-digest").First).ToHaveTextAsync(DigestOf(arrived.Count));

        // Turned off on the phone, the laptop's card follows live.
        await page.GotoAsync(projectPath);
        await Assertions.Expect(state).ToContainTextAsync("On: runs nightly");
        await phoneCard.GetByRole(AriaRole.Switch, new LocatorGetByRoleOptions { Name = "Look for new matches on a schedule" }).ClickAsync();
        await Assertions.Expect(phoneCard.Locator(".autopilot-state")).ToHaveTextAsync(new Regex("^Off"));
        await Assertions.Expect(state).ToHaveTextAsync(new Regex("^Off"));
        await page.Context.CloseAsync();
        await phone.Context.CloseAsync();
    }

    /// <summary>"Backend Engineer: 3 new matches (1 strong) from 15 new or changed profiles."</summary>
    private static Regex DigestOf(int arrived) =>
        new($@"\d+ new match(es)? \(\d+ strong\) from {arrived} new or changed profiles\.");

    /// <summary>Copies of the people of the project's calibration batch join the tenant's own pool under new ids, as an import would bring them.</summary>
    private async Task<List<string>> ArriveLikeTheCalibrationBatchAsync(string projectId)
    {
        var store = workspace.Gateway.App.Services.GetRequiredService<IProfileStore>();
        var batch = (await ProjectArrangement.For(workspace).StagesAsync(projectId)).Keys.Where(id => id.StartsWith("syn-", StringComparison.Ordinal)).ToList();
        var originals = await store.GetManyAsync([TalentPoolScope.Public], batch);
        var now = DateTimeOffset.UtcNow;
        List<CandidateProfile> copies = [.. originals.Values.Select((p, i) => p with
        {
            Id = $"overnight-{i}",
            Source = new ProfileSource(TalentPoolKind.Private, Tenant, ProfileOrigin.Import),
            UpdatedAt = now,
        })];
        await store.UpsertAsync(TalentPoolScope.Private(Tenant), copies);
        return [.. copies.Select(p => p.Id)];
    }

    private async Task<List<string>> MatchesAsync(string projectId)
    {
        var runs = await workspace.QueryAsync("query($id: ID!) { autopilotRuns(projectId: $id, last: 1) { matches } }", new { id = projectId });
        return [.. runs.GetProperty("autopilotRuns")[0].GetProperty("matches").EnumerateArray().Select(m => m.GetString()!)];
    }
}
