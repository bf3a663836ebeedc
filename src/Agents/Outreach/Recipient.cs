using Hiring.Contracts.Talent;

namespace Hiring.Agents.Outreach;

/// <summary>A candidate of the pipeline a message is drafted for, with their profile.</summary>
public sealed record Recipient(string CandidateId, CandidateProfile Profile);
