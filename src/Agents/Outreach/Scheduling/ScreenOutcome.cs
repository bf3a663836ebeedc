using Hiring.Contracts.Outreach;
using Hiring.Contracts.Scheduling;

namespace Hiring.Agents.Outreach.Scheduling;

/// <summary>What a pick, move or cancellation came to: the screen as it is now, and what the recruiter hears of it (nothing when nothing changed).</summary>
public sealed record ScreenOutcome(Screen Screen, IReadOnlyList<CandidateNotice> Notices);
