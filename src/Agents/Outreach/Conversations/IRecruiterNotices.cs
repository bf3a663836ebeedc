using Hiring.Contracts.Outreach;

namespace Hiring.Agents.Outreach.Conversations;

/// <summary>Tells a recruiter's stream what happened in a candidate's conversation (<see cref="Contracts.Supervisor.IRecruiterSupervisor.RecordCandidateNotices"/>), for a step handler that has no grain of its own to call from.</summary>
public interface IRecruiterNotices
{
    Task TellAsync(string recruiter, IReadOnlyList<CandidateNotice> notices);
}
