using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Hiring.Gateway.Tests.Browser;

/// <summary>What the workspace tests do on a page or through the API, named for what it means to a recruiter.</summary>
internal static partial class WorkspacePages
{
    /// <summary>How long the assistant may take for a plan of intake, sourcing and evaluation on the test pool.</summary>
    public const float AssistantMs = 90_000;

    /// <summary>Types a message in the chat and sends it with Enter, as a recruiter would.</summary>
    public static async Task SendInChatAsync(IPage page, string text)
    {
        if (await page.Locator("#message").IsHiddenAsync())
        {
            await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Chat" }).ClickAsync();
        }

        await page.Locator("#message").FillAsync(text);
        await page.Locator("#message").PressAsync("Enter");
        // The turn shows when the server has the message durably (its MESSAGE_RECEIVED event): on a loaded machine the
        // first post of a fresh server (activation, JIT) may take longer than Playwright's default five seconds.
        await Assertions.Expect(page.Locator("#turns li.recruiter", new PageLocatorOptions { HasText = text }))
            .ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = PostedMs });
    }

    /// <summary>How long a posted message may take to come back as the recruiter's turn.</summary>
    private const float PostedMs = 30_000;

    /// <summary>The id of the project the page shows (#/projects/:id).</summary>
    public static string ProjectIdOf(IPage page) =>
        Uri.UnescapeDataString(ProjectRoute().Match(new Uri(page.Url).Fragment).Groups[1].Value);

    /// <summary>Waits until the page shows a project's view, opened by the chat.</summary>
    public static async Task<string> WaitForProjectViewAsync(IPage page)
    {
        try
        {
            await page.WaitForURLAsync(ProjectRoute(), new PageWaitForURLOptions { Timeout = AssistantMs });
        }
        catch (TimeoutException timeout)
        {
            // What the assistant said instead is what explains a failure.
            var turns = await page.Locator("#turns li").AllInnerTextsAsync();
            throw new TimeoutException($"No project view opened; the chat shows: {string.Join(" | ", turns.TakeLast(6))}", timeout);
        }

        return ProjectIdOf(page);
    }

    /// <summary>Posts a message to the assistant through the API (arranging, not the behaviour under test).</summary>
    public static Task<JsonElement> PostAsync(WorkspaceFixture workspace, string text, string? projectId = null) =>
        workspace.QueryAsync(
            "mutation($id: String!, $text: String!, $projectId: ID) { sendMessage(clientMessageId: $id, text: $text, projectId: $projectId) { inboxSequence } }",
            new { id = Guid.NewGuid().ToString("N"), text, projectId });

    /// <summary>The ids of a project's pipeline entries at a stage.</summary>
    public static async Task<List<string>> StageAsync(WorkspaceFixture workspace, string projectId, string stage)
    {
        var data = await workspace.QueryAsync("query($id: ID!) { project(id: $id) { pipeline(first: 100) { candidateId stage } } }", new { id = projectId });
        return [.. data.GetProperty("project").GetProperty("pipeline").EnumerateArray()
            .Where(e => e.GetProperty("stage").GetString() == stage)
            .Select(e => e.GetProperty("candidateId").GetString()!)];
    }

    /// <summary>The pending approvals as (id, action, summary).</summary>
    public static async Task<List<(string Id, string Action, string Summary)>> PendingApprovalsAsync(WorkspaceFixture workspace)
    {
        var data = await workspace.QueryAsync("{ approvals(pendingOnly: true) { id action summary } }");
        return [.. data.GetProperty("approvals").EnumerateArray()
            .Select(a => (a.GetProperty("id").GetString()!, a.GetProperty("action").GetString()!, a.GetProperty("summary").GetString()!))];
    }

    /// <summary>Waits until an approval whose summary contains the words waits, and returns its id.</summary>
    public static async Task<string> WaitForApprovalAsync(WorkspaceFixture workspace, string action, string words)
    {
        string? id = null;
        await Wait.UntilAsync(
            async () => (id = (await PendingApprovalsAsync(workspace)).FirstOrDefault(a => a.Action == action && a.Summary.Contains(words, StringComparison.Ordinal)).Id) is not null,
            TimeSpan.FromMilliseconds(AssistantMs),
            $"a {action} approval mentioning {words} waits");
        return id!;
    }

    public static ILocator Column(IPage page, string stage) =>
        page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { NameRegex = new Regex($"^{stage} \\(") });

    [GeneratedRegex(@"#/projects/([^/?]+)$")]
    private static partial Regex ProjectRoute();
}
