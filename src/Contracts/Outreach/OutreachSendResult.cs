namespace Hiring.Contracts.Outreach;

/// <summary>The result of one send.</summary>
/// <param name="Outcome">What became of it.</param>
/// <param name="Message">The recorded message; null when refused before anything was recorded.</param>
/// <param name="Status">The message's status after the send; null when refused.</param>
/// <param name="Refusal">Why it was refused; null unless <see cref="OutreachSendOutcome.Refused"/>.</param>
/// <param name="FailureReason">Why the channel failed; null unless <see cref="OutreachSendOutcome.Failed"/>.</param>
[GenerateSerializer, Immutable, Alias("hiring.outreach.outreach-send-result")]
public sealed record OutreachSendResult(
    [property: Id(0)] OutreachSendOutcome Outcome,
    [property: Id(1)] ContactMessage? Message,
    [property: Id(2)] ContactStatus? Status,
    [property: Id(3)] ContactRefusal? Refusal = null,
    [property: Id(4)] string? FailureReason = null);
