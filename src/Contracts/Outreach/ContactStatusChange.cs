namespace Hiring.Contracts.Outreach;

/// <summary>A change of an outgoing message's delivery status, as recorded in the contact ledger.</summary>
/// <param name="MessageId">The message it is about.</param>
/// <param name="Status">The new status.</param>
/// <param name="At">When it was recorded.</param>
/// <param name="Reason">Why it failed; null unless <see cref="ContactStatus.Failed"/>.</param>
/// <param name="Reference">The channel's own reference (the SMTP Message-Id, the inbox entry), when it gave one.</param>
[GenerateSerializer, Immutable, Alias("hiring.outreach.contact-status-change")]
public sealed record ContactStatusChange(
    [property: Id(0)] string MessageId,
    [property: Id(1)] ContactStatus Status,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] string? Reason = null,
    [property: Id(4)] string? Reference = null);
