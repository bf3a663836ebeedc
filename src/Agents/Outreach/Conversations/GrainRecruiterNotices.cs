using Hiring.Contracts.Outreach;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Outreach.Conversations;

/// <summary>Tells the recruiter's supervisor grain; nothing is called when there is nothing to tell.</summary>
public sealed class GrainRecruiterNotices(IGrainFactory grains) : IRecruiterNotices
{
    public Task TellAsync(string recruiter, IReadOnlyList<CandidateNotice> notices) =>
        notices.Count > 0 ? grains.GetGrain<IRecruiterSupervisor>(recruiter).RecordCandidateNotices(notices) : Task.CompletedTask;
}
