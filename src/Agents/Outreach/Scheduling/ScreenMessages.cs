using System.Globalization;
using Hiring.Agents.Outreach.Channels;
using Hiring.Agents.Outreach.Contacts;
using Hiring.Contracts.Outreach;
using Hiring.Contracts.Scheduling;

namespace Hiring.Agents.Outreach.Scheduling;

/// <summary>
/// Writes and sends what a candidate receives about a screen, through the tenant's contact ledger on
/// the channel their conversation uses (a block refuses it there like any message): the slots
/// offered, and the invitation, its update or cancellation with the iCalendar text beside it. Each
/// send's key names the screen and its sequence, so a retried change never sends twice.
/// </summary>
public sealed class ScreenMessages(ContactLedgers ledgers, SchedulingPhrases phrases)
{
    /// <summary>Why the contact ledger would refuse a message about a screen to the candidate now (do-not-contact, unsubscribed), or null.</summary>
    public static async Task<string?> RefusalAsync(ContactLedger ledger, string key, string candidateId, string projectId, CancellationToken cancellationToken) =>
        (await ledger.CheckAsync(Send(ledger, key, candidateId, projectId, "-", "-"), cancellationToken)).Refusal?.Detail;

    /// <summary>Sends the slots offered; the step's key makes a retry send nothing twice.</summary>
    public Task<OutreachSendResult> ProposeAsync(ContactLedger ledger, string key, Screen screen, string title, CancellationToken cancellationToken)
    {
        var subject = phrases.Say("proposal_subject", ("project", title));
        var text = phrases.Say("proposal_text", ("project", title), ("minutes", Minutes(screen)), ("zone", screen.TimeZone), ("slots", ScreenTimes.List(screen.Slots, screen.TimeZone)));
        return ledgers.SenderFor(ledger).SendAsync(Send(ledger, key, screen.CandidateId, screen.ProjectId, subject, text), cancellationToken);
    }

    /// <summary>Sends the invitation of the screen as it is now: booked, moved (<paramref name="moved"/>) or cancelled; a proposal withdrawn goes without one.</summary>
    public Task<OutreachSendResult> ChangedAsync(ContactLedger ledger, Screen screen, string title, bool moved, string? invitation, CancellationToken cancellationToken)
    {
        var when = screen.Start is { } start ? ScreenTimes.Show(start, screen.TimeZone) : "";
        var values = new[] { ("project", title), ("minutes", Minutes(screen)), ("zone", screen.TimeZone), ("when", when) };
        var (subject, text) = screen.Status switch
        {
            ScreenStatus.Cancelled when invitation is null => (phrases.Say("cancelled_subject", values), phrases.Say("withdrawn_text", values)),
            ScreenStatus.Cancelled => (phrases.Say("cancelled_subject", values), phrases.Say("cancelled_text", values)),
            _ when moved => (phrases.Say("moved_subject", values), phrases.Say("moved_text", values)),
            _ => (phrases.Say("booked_subject", values), phrases.Say("booked_text", values)),
        };
        var key = string.Create(CultureInfo.InvariantCulture, $"{screen.Id}/{screen.Sequence}/{screen.Status}");
        return ledgers.SenderFor(ledger).SendAsync(Send(ledger, key, screen.CandidateId, screen.ProjectId, subject, text), invitation, cancellationToken);
    }

    /// <summary>The invitation's text for the screen as it is.</summary>
    public string Invitation(Screen screen, string name, string title, DateTimeOffset stamp) =>
        ScreenInvitation.Write(
            screen,
            phrases.Say("invitation_summary", ("name", name), ("project", title)),
            phrases.Say("invitation_description", ("project", title), ("minutes", Minutes(screen))),
            stamp);

    private static OutreachSend Send(ContactLedger ledger, string key, string candidateId, string projectId, string subject, string text) =>
        new(key, candidateId, projectId, ContactKind.Scheduling, ChannelOf(ledger, projectId, candidateId), subject, text);

    /// <summary>The channel the conversation started on; the built-in one when there is none yet.</summary>
    private static string ChannelOf(ContactLedger ledger, string projectId, string candidateId) =>
        ledger.Index.Thread(ContactIds.Thread(projectId, candidateId)) is [var first, ..] ? first.Channel : OutreachChannelNames.BuiltIn;

    private static string Minutes(Screen screen) => screen.Minutes.ToString(CultureInfo.InvariantCulture);
}
