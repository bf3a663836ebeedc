using Hiring.Contracts.Projects;
using Hiring.Contracts.Talent;

namespace Hiring.Agents.Outreach.Drafting;

/// <summary>What a draft is written from: the candidate's profile, the job (spec and its approved FAQ) and its qualifications.</summary>
/// <param name="Profile">The candidate's profile, unmasked: the message greets them by name.</param>
/// <param name="Spec">The job spec; its FAQ is the only source of pay, team and other selling points.</param>
/// <param name="Qualifications">The project's qualifications; only approved ones are tied to profile facts.</param>
/// <param name="Settings">Tone, length, follow-ups and sender.</param>
public sealed record OutreachRequest(CandidateProfile Profile, JobSpec Spec, IReadOnlyList<Qualification> Qualifications, OutreachSettings Settings);
