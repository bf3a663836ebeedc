using System.Globalization;
using Hiring.Agents.Outreach.Channels;
using Hiring.Agents.Outreach.Scheduling;
using Hiring.Contracts.Scheduling;

namespace Hiring.Gateway.Candidates;

/// <summary>
/// The screen part of the candidate's page: the times offered in the thread with a form to pick each,
/// or the booked time with its invitation (.ics), the other times to move to and a cancel button, or
/// a note that it was cancelled. Times are shown in the recruiter's zone, with its offset.
/// </summary>
public sealed class CandidateScreenSection(ScreenDesk screens, LinkSigner links, SchedulingPhrases phrases, CandidatePageTemplates templates, TimeProvider time)
{
    public const string ScreenPath = "/screen";
    public const string InvitationPath = "/invite.ics";

    /// <summary>The section for the thread the link names; empty when no screen was offered there.</summary>
    public async Task<string> RenderAsync(SignedLink link, CancellationToken cancellationToken)
    {
        var book = await screens.OpenAsync(link.Tenant, cancellationToken);
        if (book.LatestInThread(link.ThreadId) is not { } screen)
        {
            return "";
        }

        var page = "/" + LinkSigner.ReadPath + links.Sign(link with { Purpose = LinkPurpose.Read });
        var title = phrases.PageText("slots_title");
        if (screen.Status == ScreenStatus.Cancelled)
        {
            return templates.Render("screen", ("title", title), ("status", Notice(phrases.PageText("cancelled"))), ("slots", ""), ("cancel", ""));
        }

        var now = time.GetUtcNow();
        var open = screen.Slots.Where(s => s > now && s != screen.Start).ToList();
        var status = screen.Start is { } start
            ? templates.Render(
                "screen-booked",
                ("text", phrases.PageText("booked", ("when", ScreenTimes.Show(start, screen.TimeZone)), ("zone", screen.TimeZone))),
                ("invite_href", page + InvitationPath),
                ("download", phrases.PageText("download")))
            : Notice(phrases.PageText("slots_intro", ("zone", screen.TimeZone)));
        var label = phrases.PageText(screen.Start is null ? "pick" : "move");
        var slots = string.Concat(open.Select(s => templates.Render(
            "slot", ("action", page + ScreenPath), ("start", s.ToString("o", CultureInfo.InvariantCulture)), ("label", label), ("when", ScreenTimes.Show(s, screen.TimeZone)))));
        var cancel = templates.Render("screen-cancel", ("action", page + ScreenPath), ("screen", screen.Id), ("label", phrases.PageText("cancel")));
        return templates.Render("screen", ("title", title), ("status", status), ("slots", slots), ("cancel", cancel));
    }

    /// <summary>The last invitation (or cancellation) of the thread's screen, as iCalendar text; null when none went out.</summary>
    public async Task<string?> InvitationAsync(SignedLink link, CancellationToken cancellationToken)
    {
        var book = await screens.OpenAsync(link.Tenant, cancellationToken);
        return book.LatestInThread(link.ThreadId) is { } screen ? book.Invitation(screen.Id) : null;
    }

    private string Notice(string text) => templates.Render("notice", ("text", text));
}
