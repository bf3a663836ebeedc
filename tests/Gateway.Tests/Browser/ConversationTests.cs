using Hiring.Agents.Outreach.Channels;
using Hiring.Agents.Outreach.Contacts;
using Hiring.Contracts.Outreach;
using Hiring.Gateway.GraphQL.Auth;
using Microsoft.Playwright;
using static Hiring.Gateway.Tests.Browser.WorkspacePages;

namespace Hiring.Gateway.Tests.Browser;

/// <summary>Outreach from the workspace: a draft edited and approved in Approvals goes out, the candidate's card shows it with its delivery status, and the candidate's reply arrives there live.</summary>
[Collection(WorkspaceCollection.Name)]
public sealed class ConversationTests(WorkspaceFixture workspace)
{
    private const string Edit = "PS: happy to share more about the team.";
    private const string Reply = "Yes, I'm interested, let's talk!";
    private static readonly string Tenant = new DemoSettings().Tenant;

    [Fact]
    public async Task AnEditedDraftIsSentShownWithItsDeliveryStatusAndTheCandidatesReplyArrivesLive()
    {
        var projectId = await ProjectArrangement.For(workspace).EvaluatedProjectAsync();
        var page = await workspace.SignedInPageAsync(path: "/#/approvals");
        await PostAsync(workspace, "draft a message to the top candidate", projectId);

        var approval = page.Locator("li.approval", new PageLocatorOptions { HasText = "Send messages to candidates" })
            .Filter(new LocatorFilterOptions { Has = page.Locator($"a[href='#/projects/{Uri.EscapeDataString(projectId)}']") });
        var person = approval.Locator("a[href*='/candidates/']");
        await Assertions.Expect(person).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = AssistantMs });
        var candidateId = Uri.UnescapeDataString((await person.GetAttributeAsync("href"))!.Split('/')[^1]);
        await approval.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Edit" }).ClickAsync();
        var text = approval.GetByLabel("Text", new LocatorGetByLabelOptions { Exact = true });
        await text.FillAsync($"{await text.InputValueAsync()}\n\n{Edit}");
        await approval.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Approve with these changes" }).ClickAsync();
        await Assertions.Expect(approval).ToHaveCountAsync(0);

        var message = await DeliveredAsync(projectId, candidateId);
        await page.GotoAsync($"/#/projects/{Uri.EscapeDataString(projectId)}/candidates/{Uri.EscapeDataString(candidateId)}");
        var conversation = page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Conversation" });
        var sent = conversation.Locator("li.thread-message.out");
        await Assertions.Expect(sent).ToContainTextAsync(Edit);
        await Assertions.Expect(sent.Locator(".tag")).ToHaveTextAsync("Delivered");
        await page.EvaluateAsync("() => { window.stillTheSamePage = true; }");

        await ReplyOnTheCandidatePageAsync(message);

        var received = conversation.Locator("li.thread-message.in");
        await Assertions.Expect(received).ToContainTextAsync(Reply, new LocatorAssertionsToContainTextOptions { Timeout = AssistantMs });
        await Assertions.Expect(received.Locator(".tag")).ToHaveTextAsync("Interested");
        await Assertions.Expect(sent.Locator(".tag")).ToHaveTextAsync("Replied");
        Assert.True(await page.EvaluateAsync<bool>("() => window.stillTheSamePage === true"), "the reply arrived by a reload");
        await WorkspaceFixture.ScreenshotAsync(page, "conversation");

        await conversation.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Take over" }).ClickAsync();
        await Assertions.Expect(conversation).ToContainTextAsync("You have taken this conversation over");
        await conversation.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Hand back to the assistant" }).ClickAsync();
        await Assertions.Expect(conversation.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Take over" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    /// <summary>Waits until the contact ledger records the message to the candidate as delivered, and returns it.</summary>
    private async Task<ContactMessage> DeliveredAsync(string projectId, string candidateId)
    {
        var ledgers = workspace.Gateway.App.Services.GetRequiredService<ContactLedgers>();
        ContactMessage? delivered = null;
        await Wait.UntilAsync(
            async () =>
            {
                var ledger = await ledgers.OpenAsync(Tenant);
                delivered = ledger.Index.Thread(ContactIds.Thread(projectId, candidateId)).LastOrDefault(m => ledger.Index.StatusOf(m.Id) == ContactStatus.Delivered);
                return delivered is not null;
            },
            TimeSpan.FromMilliseconds(AssistantMs),
            $"the message to {candidateId} was delivered");
        return delivered!;
    }

    /// <summary>The candidate opens the signed link of the message, in a browser of their own, and answers with the page's form.</summary>
    private async Task ReplyOnTheCandidatePageAsync(ContactMessage message)
    {
        var link = workspace.Gateway.App.Services.GetRequiredService<LinkSigner>().ReadLink(Tenant, message.ThreadId, message.Id);
        await using var candidate = await workspace.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = workspace.BaseAddress.ToString() });
        var page = await candidate.NewPageAsync();
        await page.GotoAsync(link.PathAndQuery);
        await page.Locator("#reply").FillAsync(Reply);
        await page.Locator("form:has(#reply) button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator(".reply")).ToContainTextAsync(Reply);
    }
}
