namespace Hiring.Contracts.Outreach;

/// <summary>A refused send: the typed reason and a sentence for the recruiter.</summary>
/// <param name="Reason">Why it was refused.</param>
/// <param name="Detail">What exactly, in words (for example the earlier message's id and status).</param>
[GenerateSerializer, Immutable, Alias("hiring.outreach.contact-refusal")]
public sealed record ContactRefusal(
    [property: Id(0)] ContactRefusalReason Reason,
    [property: Id(1)] string Detail);
