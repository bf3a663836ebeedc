using Hiring.Contracts.Outreach;

namespace Hiring.Agents.Outreach;

/// <summary>A message drafted for a candidate (a first message or a follow-up), as offered for the send approval, with the profile facts it cites.</summary>
/// <param name="CandidateId">The candidate's profile id.</param>
/// <param name="Subject">The subject line as drafted.</param>
/// <param name="Text">The body as drafted.</param>
/// <param name="Facts">The verbatim profile facts the draft cites; the send checks the (edited) text against them.</param>
/// <param name="DraftedAt">When it was drafted.</param>
/// <param name="Kind">A first outreach or a follow-up: what the send records in the ledger.</param>
[GenerateSerializer, Immutable, Alias("hiring.outreach.kept-draft")]
public sealed record KeptDraft(
    [property: Id(0)] string CandidateId,
    [property: Id(1)] string Subject,
    [property: Id(2)] string Text,
    [property: Id(3)] IReadOnlyList<KeptFact> Facts,
    [property: Id(4)] DateTimeOffset DraftedAt,
    [property: Id(5)] ContactKind Kind = ContactKind.FirstOutreach);
