namespace Hiring.Contracts.Scheduling;

/// <summary>Where a screen stands.</summary>
[GenerateSerializer, Alias("hiring.scheduling.screen-status")]
public enum ScreenStatus
{
    /// <summary>Slots were offered to the candidate; none is picked yet.</summary>
    Proposed = 0,

    /// <summary>The candidate picked a slot (or the recruiter moved it): the invitation went out.</summary>
    Booked = 1,

    /// <summary>Cancelled by the recruiter or the candidate: a cancellation went out.</summary>
    Cancelled = 2,
}
