using Hiring.Contracts.Scheduling;

namespace Hiring.Agents.Outreach.Scheduling;

/// <summary>A change to a screen in the screen book: booked at a start (or moved), or cancelled, with the invitation that went out for it.</summary>
/// <param name="ScreenId">The screen.</param>
/// <param name="Status">Booked or cancelled.</param>
/// <param name="Start">The start (UTC) it is booked at, or was when cancelled.</param>
/// <param name="Sequence">The invitation's SEQUENCE after the change.</param>
/// <param name="By">"candidate" or "recruiter".</param>
/// <param name="At">When it was recorded.</param>
/// <param name="Invitation">The iCalendar text of the invitation (REQUEST) or cancellation (CANCEL), when one goes out.</param>
public sealed record ScreenChange(string ScreenId, ScreenStatus Status, DateTimeOffset? Start, int Sequence, string By, DateTimeOffset At, string? Invitation);
