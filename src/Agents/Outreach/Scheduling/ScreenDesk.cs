using Hiring.Agents.Outreach.Contacts;
using Hiring.Agents.Supervisor;
using Hiring.Contracts.Outreach;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Scheduling;
using Hiring.Contracts.Supervisor;
using Hiring.Storage;

namespace Hiring.Agents.Outreach.Scheduling;

/// <summary>
/// Changes to a booked or offered screen: the candidate picks an offered slot (or moves to another),
/// the recruiter moves it to any free start, either cancels it. Each change is decided on the latest
/// screen book (a slot taken meanwhile is refused with CONFLICT and changes nothing), recorded with
/// its invitation, and sent to the candidate; what the candidate did is a notice for the recruiter.
/// A blocked candidate (do-not-contact, unsubscribed) gets no booking.
/// </summary>
public sealed class ScreenDesk(ContactLedgers ledgers, ILogStore store, ScreenMessages messages, ICandidateAddressBook addresses, SchedulingPhrases phrases, TimeProvider time)
{
    public Task<ScreenBook> OpenAsync(string tenant, CancellationToken cancellationToken = default) => ScreenBook.LoadAsync(tenant, store, cancellationToken);

    /// <summary>The candidate of the thread picks <paramref name="start"/>, one of the slots offered in the thread's latest screen.</summary>
    public async Task<ScreenOutcome> PickAsync(string tenant, string projectId, IHiringProject project, string threadId, string messageId, DateTimeOffset start, CancellationToken cancellationToken = default)
    {
        var ledger = await ledgers.OpenAsync(tenant, cancellationToken);
        if (ledger.Index.ById(messageId) is not { } message || message.ThreadId != threadId || message.ProjectId != projectId)
        {
            throw new AssistantRefusalException(RefusalCodes.NotFound, "No such message in this project.");
        }

        var book = await OpenAsync(tenant, cancellationToken);
        var screen = book.LatestInThread(threadId) ?? throw new AssistantRefusalException(RefusalCodes.NotFound, phrases.Say("not_offered"));
        start = start.ToUniversalTime();
        // A page opened long ago may still show a time that has passed.
        if (Refusal(screen, start, time.GetUtcNow()) is { } refused)
        {
            throw refused;
        }

        if (!screen.Slots.Contains(start))
        {
            throw new AssistantRefusalException(RefusalCodes.Invalid, phrases.Say("not_offered"));
        }

        return screen.Start == start ? new ScreenOutcome(screen, []) : await BookAsync(tenant, project, ledger, book, screen, start, ScreenActors.Candidate, cancellationToken);
    }

    /// <summary>The recruiter moves a booked screen of the project to <paramref name="start"/>, any start not in the past that is free.</summary>
    public async Task<ScreenOutcome> MoveAsync(string tenant, string projectId, IHiringProject project, string screenId, DateTimeOffset start, CancellationToken cancellationToken = default)
    {
        var book = await OpenAsync(tenant, cancellationToken);
        var screen = ScreenOf(book, projectId, screenId);
        start = start.ToUniversalTime();
        if (Refusal(screen, start, time.GetUtcNow()) is { } refused)
        {
            throw refused;
        }

        if (screen.Status != ScreenStatus.Booked)
        {
            throw new AssistantRefusalException(RefusalCodes.Invalid, phrases.Say("not_booked"));
        }

        var ledger = await ledgers.OpenAsync(tenant, cancellationToken);
        return screen.Start == start ? new ScreenOutcome(screen, []) : await BookAsync(tenant, project, ledger, book, screen, start, ScreenActors.Recruiter, cancellationToken);
    }

    /// <summary>Cancels a screen of the project: by the candidate of <paramref name="threadId"/>, or by the recruiter when it is null. Cancelling twice changes nothing.</summary>
    public async Task<ScreenOutcome> CancelAsync(string tenant, string projectId, IHiringProject project, string screenId, string? threadId, CancellationToken cancellationToken = default)
    {
        var book = await OpenAsync(tenant, cancellationToken);
        var screen = ScreenOf(book, projectId, screenId);
        if (threadId is not null && screen.ThreadId != threadId)
        {
            throw new AssistantRefusalException(RefusalCodes.NotFound, $"No screen {screenId} is in this conversation.");
        }

        if (screen.Status == ScreenStatus.Cancelled)
        {
            return new ScreenOutcome(screen, []);
        }

        var (name, title) = await NamesAsync(tenant, project, screen, cancellationToken);
        var by = threadId is null ? ScreenActors.Recruiter : ScreenActors.Candidate;
        var cancelled = await book.CancelAsync(screen.Id, by, time.GetUtcNow(), s => messages.Invitation(s, name, title, time.GetUtcNow()), cancellationToken);
        var invitation = screen.Status == ScreenStatus.Booked ? book.Invitation(screen.Id) : null;
        if (invitation is not null || by == ScreenActors.Recruiter)
        {
            await messages.ChangedAsync(await ledgers.OpenAsync(tenant, cancellationToken), cancelled, title, moved: false, invitation, cancellationToken);
        }

        return new ScreenOutcome(cancelled, by == ScreenActors.Candidate ? [Notice(AssistantEventKind.CandidateScreenCancelled, "notice_cancelled", cancelled, name, title)] : []);
    }

    private async Task<ScreenOutcome> BookAsync(string tenant, IHiringProject project, ContactLedger ledger, ScreenBook book, Screen screen, DateTimeOffset start, string by, CancellationToken cancellationToken)
    {
        var moved = screen.Status == ScreenStatus.Booked;
        if (await ScreenMessages.RefusalAsync(ledger, $"{screen.Id}/check", screen.CandidateId, screen.ProjectId, cancellationToken) is { } blocked)
        {
            throw new AssistantRefusalException(RefusalCodes.Forbidden, blocked);
        }

        var (name, title) = await NamesAsync(tenant, project, screen, cancellationToken);
        Screen booked;
        try
        {
            booked = await book.BookAsync(screen.Id, start, by, time.GetUtcNow(), s => messages.Invitation(s, name, title, time.GetUtcNow()), cancellationToken);
        }
        catch (AssistantRefusalException conflict) when (conflict.Code == RefusalCodes.Conflict)
        {
            throw new AssistantRefusalException(RefusalCodes.Conflict, phrases.Say("taken"));
        }

        await messages.ChangedAsync(ledger, booked, title, moved, book.Invitation(booked.Id), cancellationToken);
        return new ScreenOutcome(
            booked,
            by == ScreenActors.Candidate ? [Notice(AssistantEventKind.CandidateScreenBooked, moved ? "notice_moved" : "notice_booked", booked, name, title)] : []);
    }

    private AssistantRefusalException? Refusal(Screen screen, DateTimeOffset start, DateTimeOffset now) =>
        screen.Status == ScreenStatus.Cancelled ? new(RefusalCodes.Invalid, phrases.Say("is_cancelled"))
        : start < now ? new(RefusalCodes.Invalid, phrases.Say("in_past"))
        : null;

    private static Screen ScreenOf(ScreenBook book, string projectId, string screenId) =>
        book.Find(screenId) is { } screen && screen.ProjectId == projectId
            ? screen
            : throw new AssistantRefusalException(RefusalCodes.NotFound, $"No screen {screenId} is in this project.");

    private async Task<(string Name, string Title)> NamesAsync(string tenant, IHiringProject project, Screen screen, CancellationToken cancellationToken)
    {
        var name = (await addresses.FindAsync(tenant, screen.CandidateId, cancellationToken))?.Name is { Length: > 0 } found ? found : screen.CandidateId;
        return (name, (await project.Snapshot()).Spec?.Title ?? screen.ProjectId);
    }

    private CandidateNotice Notice(AssistantEventKind kind, string key, Screen screen, string name, string title) =>
        new(kind, screen.ProjectId, screen.CandidateId,
            phrases.Say(key, ("name", name), ("project", title), ("when", screen.Start is { } s ? ScreenTimes.Show(s, screen.TimeZone) : ""), ("zone", screen.TimeZone)),
            EventJson.Serialize(screen));
}
