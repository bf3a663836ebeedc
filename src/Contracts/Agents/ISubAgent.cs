using Hiring.Contracts.Privacy;
using Hiring.Contracts.Tenancy;

namespace Hiring.Contracts.Agents;

/// <summary>
/// The one call every sub-agent answers: take one plan step. Sub-agents never call each other; they
/// answer the supervisor, which decides what happens next.
/// </summary>
[Alias("hiring.agents.sub-agent")]
public interface ISubAgent : IGrainWithStringKey, ITenantScoped
{
    /// <summary>
    /// Accepts the step durably and returns at once; the agent works off the call (a model call may
    /// take far longer than a grain call may) and reports the outcome with
    /// <see cref="Supervisor.IRecruiterSupervisor.StepFinished"/>, retried until acknowledged. A key
    /// seen before is never applied again: a step still running is left to finish, a finished step's
    /// recorded outcome is reported again. Throws <see cref="Supervisor.AssistantRefusalException"/>
    /// for work it cannot take (an action it does not have, or another tenant's recruiter, answered
    /// as not found).
    /// </summary>
    Task Start(StepCommand command);

    /// <summary>
    /// Removes what the agent's state holds about an erased candidate (what an agent keeps of its own,
    /// such as outreach's drafts and due follow-ups, and the record of its steps: their mentions are
    /// redacted, and a step still to run runs on the redacted inputs). Idempotent; returns true when
    /// anything changed. Another tenant's call is refused like every call to the agent.
    /// </summary>
    Task<bool> EraseCandidate(ErasedPerson person);
}
