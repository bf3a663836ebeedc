using Microsoft.Playwright;

namespace Hiring.Gateway.Tests.Browser;

/// <summary>The candidate card: evidence quoted from the profile and highlighted where it came from, and moves with reasons.</summary>
[Collection(WorkspaceCollection.Name)]
public sealed class CandidateCardTests(WorkspaceFixture workspace)
{
    [Fact]
    public async Task AQuoteOfTheEvaluationIsHighlightedInTheProfileSectionItNamesAndClickingItFocusesTheHighlight()
    {
        var arrangement = ProjectArrangement.For(workspace);
        var projectId = await arrangement.EvaluatedProjectAsync();
        var (candidateId, _, quotes) = (await arrangement.EvidencedCandidatesAsync(projectId))[0];
        // A sentence from a role's description shows best that the quote is found where it was said.
        var (section, text) = quotes.FirstOrDefault(q => q.Section.EndsWith(".description", StringComparison.Ordinal)) is { Text: not null } described ? described : quotes[0];

        var page = await workspace.SignedInPageAsync(path: $"/#/projects/{projectId}/candidates/{candidateId}");
        var mark = page.Locator($"[data-section='{section}'] mark", new PageLocatorOptions { HasTextString = text });
        await Assertions.Expect(mark.First).ToHaveTextAsync(text);

        var quote = page.Locator($"button.quote[data-section='{section}']", new PageLocatorOptions { HasTextString = text }).First;
        await quote.ClickAsync();
        await Assertions.Expect(mark.First).ToBeFocusedAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Qualifications and evidence" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".ranking")).ToContainTextAsync("Score");
        await WorkspaceFixture.ScreenshotAsync(page, "candidate-card");
        await page.Context.CloseAsync();

        var phone = await workspace.SignedInPageAsync(width: 390, height: 844, path: $"/#/projects/{projectId}/candidates/{candidateId}");
        await Assertions.Expect(phone.Locator($"[data-section='{section}'] mark").First).ToBeVisibleAsync();
        Assert.True(await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the candidate card scrolls sideways at 390 px");
        await WorkspaceFixture.ScreenshotAsync(phone, "candidate-card-phone");
        await phone.Context.CloseAsync();
    }

    [Fact]
    public async Task MovingArchivingAndNotingFromTheCardRecordTheRecruitersWords()
    {
        var arrangement = ProjectArrangement.For(workspace);
        var projectId = await arrangement.EvaluatedProjectAsync();
        var candidateId = (await arrangement.EvidencedCandidatesAsync(projectId)).Last(c => c.Stage != "ARCHIVED").CandidateId;
        var page = await workspace.SignedInPageAsync(path: $"/#/projects/{projectId}/candidates/{candidateId}");

        await page.GetByLabel("Move to").SelectOptionAsync("SCREENING");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Move…" }).ClickAsync();
        await page.Locator("#reason-text").FillAsync("Strong Python background, worth a call");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator(".subtitle .stage")).ToHaveTextAsync("Screening");
        await Assertions.Expect(page.Locator(".moves-list li").First).ToContainTextAsync("Strong Python background, worth a call");

        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Archive…" }).ClickAsync();
        await page.Locator("#reason-text").FillAsync("Not willing to relocate");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator(".subtitle .stage")).ToHaveTextAsync("Archived");
        await Assertions.Expect(page.Locator(".moves-list li").First).ToContainTextAsync("Not willing to relocate");
        Assert.Equal("ARCHIVED", (await arrangement.StagesAsync(projectId))[candidateId]);

        await page.GetByLabel("Add a note").FillAsync("Asked a friend at their company: great reviewer");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Add note" }).ClickAsync();
        await Assertions.Expect(page.Locator(".notes-list")).ToContainTextAsync("Asked a friend at their company: great reviewer");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AnOperatorSeesHowTheCandidateWasFoundAndErasesThemAfterAConfirm()
    {
        var arrangement = ProjectArrangement.For(workspace);
        var projectId = await arrangement.EvaluatedProjectAsync();
        // Not the first or the last: the other tests of the card pick those.
        var candidates = await arrangement.EvidencedCandidatesAsync(projectId);
        var candidateId = candidates[candidates.Count / 2].CandidateId;
        var page = await workspace.SignedInPageAsync(path: $"/#/projects/{projectId}/candidates/{candidateId}");

        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "How did we find them?" }).ClickAsync();
        await Assertions.Expect(page.Locator(".provenance")).ToContainTextAsync("From the public talent pool");
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Erase candidate…" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"#/projects/{projectId}$"));
        var provenance = await workspace.QueryAsync("query($id: ID!) { candidateProvenance(candidateId: $id) { held } }", new { id = candidateId });
        Assert.False(provenance.GetProperty("candidateProvenance").GetProperty("held").GetBoolean());
        Assert.DoesNotContain(candidateId, (await arrangement.StagesAsync(projectId)).Keys);
        await page.Context.CloseAsync();
    }
}
