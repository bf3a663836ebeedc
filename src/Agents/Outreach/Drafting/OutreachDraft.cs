using Hiring.Contracts.Reasoning;

namespace Hiring.Agents.Outreach.Drafting;

/// <summary>A first message and its follow-ups, the profile facts they cite, and what wrote them.</summary>
public sealed record OutreachDraft(IReadOnlyList<OutreachMessage> Messages, IReadOnlyList<CitedFact> Facts, Provenance Provenance);
