using Hiring.Agents.Identity;
using Hiring.Agents.Supervisor;
using Hiring.Contracts.Scheduling;
using Hiring.Contracts.Supervisor;
using Hiring.Storage;

namespace Hiring.Agents.Outreach.Scheduling;

/// <summary>
/// A tenant's screens in one append-only log (<c>screens/{tenant}</c>), indexed in memory on load:
/// the slots offered, each booking, move and cancellation with the invitation that went out. A
/// booking is decided on the latest log and appended only if nothing was appended since, so two
/// candidates never both get one recruiter's half hour. One instance is not thread-safe: its owner
/// calls it one turn at a time, and reads a fresh one for each request.
/// </summary>
public sealed class ScreenBook
{
    private const string Proposed = "proposed";
    private const string Changed = "changed";
    private const int Page = 500;
    private const int MaxConflicts = 5;

    private readonly ILogStore _store;
    private readonly string _streamKey;
    private readonly Dictionary<string, Screen> _screens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _invitations = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private long _last;

    private ScreenBook(string tenant, ILogStore store)
    {
        _store = store;
        _streamKey = $"screens/{tenant}";
    }

    public static async Task<ScreenBook> LoadAsync(string tenant, ILogStore store, CancellationToken cancellationToken = default)
    {
        if (!GrainKeys.IsValidSegment(tenant))
        {
            throw new ArgumentException($"'{tenant}' is not a valid tenant id.", nameof(tenant));
        }

        var book = new ScreenBook(tenant, store);
        await book.RefreshAsync(cancellationToken);
        return book;
    }

    public Screen? Find(string screenId) => _screens.GetValueOrDefault(screenId);

    /// <summary>The latest screen offered in a thread, when any.</summary>
    public Screen? LatestInThread(string threadId) => _order.Select(id => _screens[id]).LastOrDefault(s => s.ThreadId == threadId);

    /// <summary>A project's screens, latest first.</summary>
    public IReadOnlyList<Screen> OfProject(string projectId) => [.. _order.Select(id => _screens[id]).Where(s => s.ProjectId == projectId).Reverse()];

    /// <summary>The last invitation or cancellation sent for the screen, as iCalendar text.</summary>
    public string? Invitation(string screenId) => _invitations.GetValueOrDefault(screenId);

    /// <summary>The intervals a recruiter's booked screens take (UTC), but <paramref name="except"/>'s.</summary>
    public IReadOnlyList<(DateTimeOffset Start, DateTimeOffset End)> Busy(string recruiter, string? except = null) =>
        [.. _screens.Values.Where(s => s.Recruiter == recruiter && s.Status == ScreenStatus.Booked && s.Id != except).Select(s => (s.Start!.Value, s.End!.Value))];

    /// <summary>Records the slots offered; a screen id recorded before returns the screen as it is now.</summary>
    public async Task<Screen> ProposeAsync(Screen screen, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            await RefreshAsync(cancellationToken);
            if (Find(screen.Id) is { } earlier)
            {
                return earlier;
            }

            try
            {
                await AppendAsync(Proposed, EventJson.Serialize(screen), cancellationToken);
                return _screens[screen.Id];
            }
            catch (LogSequenceConflictException) when (attempt < MaxConflicts)
            {
                // Another owner appended since the read: look again.
            }
        }
    }

    /// <summary>
    /// Books the screen at <paramref name="start"/> (a move when it was booked): refuses (CONFLICT) a
    /// start that overlaps another booked screen of the recruiter. <paramref name="invitation"/> writes
    /// the invitation of the screen as it will be.
    /// </summary>
    public Task<Screen> BookAsync(string screenId, DateTimeOffset start, string by, DateTimeOffset at, Func<Screen, string> invitation, CancellationToken cancellationToken = default) =>
        ChangeAsync(screenId, screen =>
        {
            var end = start.AddMinutes(screen.Minutes);
            if (Busy(screen.Recruiter, screen.Id).Any(b => start < b.End && b.Start < end))
            {
                throw new AssistantRefusalException(RefusalCodes.Conflict, $"The slot at {start:u} was taken meanwhile.");
            }

            var booked = screen with { Status = ScreenStatus.Booked, Start = start.ToUniversalTime(), Sequence = screen.Status == ScreenStatus.Proposed ? 0 : screen.Sequence + 1 };
            return new ScreenChange(screenId, ScreenStatus.Booked, booked.Start, booked.Sequence, by, at, invitation(booked));
        }, cancellationToken);

    /// <summary>Cancels the screen; <paramref name="invitation"/> writes the cancellation of a booked one (none goes out for one only proposed).</summary>
    public Task<Screen> CancelAsync(string screenId, string by, DateTimeOffset at, Func<Screen, string> invitation, CancellationToken cancellationToken = default) =>
        ChangeAsync(screenId, screen =>
        {
            var wasBooked = screen.Status == ScreenStatus.Booked;
            var cancelled = screen with { Status = ScreenStatus.Cancelled, Sequence = wasBooked ? screen.Sequence + 1 : screen.Sequence };
            return new ScreenChange(screenId, ScreenStatus.Cancelled, screen.Start, cancelled.Sequence, by, at, wasBooked ? invitation(cancelled) : null);
        }, cancellationToken);

    private async Task<Screen> ChangeAsync(string screenId, Func<Screen, ScreenChange> decide, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await RefreshAsync(cancellationToken);
            var screen = Find(screenId) ?? throw new AssistantRefusalException(RefusalCodes.NotFound, $"No screen {screenId} is in the book.");
            var change = decide(screen);
            try
            {
                await AppendAsync(Changed, EventJson.Serialize(change), cancellationToken);
                return _screens[screenId];
            }
            catch (LogSequenceConflictException) when (attempt < MaxConflicts)
            {
                // Another booking was appended since the read: decide again on what it wrote.
            }
        }
    }

    private async Task AppendAsync(string type, string payload, CancellationToken cancellationToken)
    {
        await _store.AppendAsync(_streamKey, [(type, payload)], _last, cancellationToken);
        await RefreshAsync(cancellationToken);
    }

    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var entries = await _store.ReadAfterAsync(_streamKey, _last, Page, cancellationToken);
            foreach (var entry in entries)
            {
                Apply(entry);
                _last = entry.Sequence;
            }

            if (entries.Count < Page)
            {
                return;
            }
        }
    }

    private void Apply(LogEntry entry)
    {
        if (entry.Type == Proposed)
        {
            var screen = EventJson.Deserialize<Screen>(entry.Payload);
            if (_screens.TryAdd(screen.Id, screen))
            {
                _order.Add(screen.Id);
            }
        }
        else if (entry.Type == Changed && EventJson.Deserialize<ScreenChange>(entry.Payload) is var change && _screens.TryGetValue(change.ScreenId, out var screen))
        {
            _screens[change.ScreenId] = screen with { Status = change.Status, Start = change.Start, Sequence = change.Sequence };
            if (change.Invitation is { } invitation)
            {
                _invitations[change.ScreenId] = invitation;
            }
        }
    }
}
