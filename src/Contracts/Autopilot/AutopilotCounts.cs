namespace Hiring.Contracts.Autopilot;

/// <summary>What a run did.</summary>
/// <param name="Scanned">New or changed profiles read from the change feed.</param>
/// <param name="Evaluated">Profiles evaluated against the approved qualifications and constraints.</param>
/// <param name="Added">Good matches added to the pipeline as Sourced.</param>
/// <param name="Strong">Of those added, strong matches.</param>
/// <param name="Updated">Candidates already in the pipeline whose changed profile was evaluated again.</param>
/// <param name="FollowUpsDue">Outreach follow-ups that were due and went to the outreach agent.</param>
/// <param name="ApprovalsWaiting">Approvals waiting for the recruiter when the run ended.</param>
[GenerateSerializer, Immutable, Alias("hiring.autopilot.counts")]
public sealed record AutopilotCounts(
    [property: Id(0)] int Scanned = 0,
    [property: Id(1)] int Evaluated = 0,
    [property: Id(2)] int Added = 0,
    [property: Id(3)] int Strong = 0,
    [property: Id(4)] int Updated = 0,
    [property: Id(5)] int FollowUpsDue = 0,
    [property: Id(6)] int ApprovalsWaiting = 0);
