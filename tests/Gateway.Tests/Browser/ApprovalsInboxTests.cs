using System.Text.Json;
using Microsoft.Playwright;
using static Hiring.Gateway.Tests.Browser.WorkspacePages;

namespace Hiring.Gateway.Tests.Browser;

/// <summary>The approvals inbox: approve, edit the inputs the API accepts, reject with a note; decided ones move to "Recently decided".</summary>
[Collection(WorkspaceCollection.Name)]
public sealed class ApprovalsInboxTests(WorkspaceFixture workspace)
{
    [Fact]
    public async Task AWaitingApprovalIsApprovedAnotherEditedAndAThirdRejectedWithANote()
    {
        await PostAsync(workspace, "I need a nurse manager in Seattle, ICU and Epic");
        await PostAsync(workspace, "I need a sales manager in Warsaw, SaaS and Salesforce");
        await PostAsync(workspace, "I need a mobile engineer in Munich, Swift and Kotlin");
        var approved = await WaitForApprovalAsync(workspace, "APPLY_QUALIFICATION_CHANGE", "Epic");
        var rejected = await WaitForApprovalAsync(workspace, "APPLY_QUALIFICATION_CHANGE", "Salesforce");
        var edited = await WaitForApprovalAsync(workspace, "APPLY_QUALIFICATION_CHANGE", "Swift");

        var page = await workspace.SignedInPageAsync(path: "/#/approvals");
        await Assertions.Expect(page.Locator("#approval-count")).Not.ToBeHiddenAsync();
        await WorkspaceFixture.ScreenshotAsync(page, "approvals");

        var swift = page.Locator("li.approval", new PageLocatorOptions { HasText = "Swift" });
        await swift.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Edit" }).ClickAsync();
        var first = swift.GetByLabel("q1", new LocatorGetByLabelOptions { Exact = true });
        await Assertions.Expect(first).ToBeFocusedAsync();
        await first.FillAsync("SwiftUI");
        await swift.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Approve with these changes" }).ClickAsync();
        await Assertions.Expect(swift).ToHaveCountAsync(0);

        var salesforce = page.Locator("li.approval", new PageLocatorOptions { HasText = "Salesforce" });
        await salesforce.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Reject" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByLabel("Note for the assistant").FillAsync("We hire sales through an agency");
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Save" }).ClickAsync();
        await Assertions.Expect(salesforce).ToHaveCountAsync(0);

        var epic = page.Locator("li.approval", new PageLocatorOptions { HasText = "Epic" });
        await epic.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Approve", Exact = true }).ClickAsync();
        await Assertions.Expect(epic).ToHaveCountAsync(0);

        var decided = page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Recently decided" });
        await Assertions.Expect(decided).ToContainTextAsync("We hire sales through an agency");
        await Assertions.Expect(decided).ToContainTextAsync("Approved with changes");

        var decisions = await DecisionsAsync();
        Assert.Equal("APPROVE", decisions[approved].GetProperty("verdict").GetString());
        Assert.Equal(("REJECT", "We hire sales through an agency"), (decisions[rejected].GetProperty("verdict").GetString(), decisions[rejected].GetProperty("note").GetString()));
        Assert.Equal("EDIT", decisions[edited].GetProperty("verdict").GetString());
        Assert.Contains(decisions[edited].GetProperty("changes").EnumerateArray(), c => c.GetProperty("key").GetString() == "q1" && c.GetProperty("value").GetString() == "SwiftUI");
        await page.Context.CloseAsync();
    }

    private async Task<Dictionary<string, JsonElement>> DecisionsAsync()
    {
        var data = await workspace.QueryAsync("{ approvals(pendingOnly: false) { id decision { verdict note changes { key value } } } }");
        return data.GetProperty("approvals").EnumerateArray()
            .Where(a => a.GetProperty("decision").ValueKind == JsonValueKind.Object)
            .ToDictionary(a => a.GetProperty("id").GetString()!, a => a.GetProperty("decision"));
    }
}
