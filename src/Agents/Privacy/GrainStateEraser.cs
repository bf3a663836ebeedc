using Hiring.Agents.Identity;
using Hiring.Agents.Supervisor;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Memory;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Privacy;

/// <summary>
/// Erasure's reach into the agents' durable state, tenant by tenant (each call carries the grain's own
/// tenant, so every grain checks it as it checks any call): the sub-agents of every project of the
/// tenant (<see cref="TenantLogs.ProjectsOfAsync"/>), then, for every recruiter
/// (<see cref="TenantLogs.RecruitersOfAsync"/>), the memory agent, the assistant and the kept memories.
/// Sub-agents come first, so a report they still owe an assistant is redacted before it is delivered.
/// A memory that names the person is forgotten whole: its vector was made from its words. Every
/// project and recruiter is asked, not only those that held the person, so an erasure cut short is
/// finished by erasing again.
/// </summary>
public sealed class GrainStateEraser(TenantLogs logs, IGrainFactory grains)
{
    /// <summary>Erases the person from the tenants' agents; returns how many grains held them (a memory book counts once).</summary>
    public async Task<int> EraseAsync(IEnumerable<string> tenants, CandidateMentions mentions, CancellationToken cancellationToken = default)
    {
        var person = mentions.Person;
        var held = 0;
        foreach (var tenant in tenants)
        {
            using var scope = TenantScope.For(tenant);
            foreach (var project in await logs.ProjectsOfAsync(tenant, cancellationToken))
            {
                foreach (var agent in AgentsOf(project))
                {
                    held += await agent.EraseCandidate(person) ? 1 : 0;
                }
            }

            foreach (var recruiter in await logs.RecruitersOfAsync(tenant, cancellationToken))
            {
                held += await grains.GetGrain<ICognitiveMemory>(recruiter).EraseCandidate(person) ? 1 : 0;
                held += await grains.GetGrain<IRecruiterSupervisor>(recruiter).EraseCandidate(person) ? 1 : 0;
                held += await ForgetAsync(grains.GetGrain<IRecruiterMemory>(recruiter), mentions) ? 1 : 0;
            }
        }

        return held;
    }

    // Every agent that keeps state per project.
    private IEnumerable<ISubAgent> AgentsOf(string project) =>
    [
        grains.GetGrain<IIntakeAgent>(project),
        grains.GetGrain<ISourcingAgent>(project),
        grains.GetGrain<IEvaluationAgent>(project),
        grains.GetGrain<IOutreachAgent>(project),
        grains.GetGrain<IScreeningAgent>(project),
        grains.GetGrain<ILearningAgent>(project),
    ];

    private static async Task<bool> ForgetAsync(IRecruiterMemory memory, CandidateMentions mentions)
    {
        var named = (await memory.List()).Where(m => mentions.In(EventJson.Serialize(m))).Select(m => m.Id).ToList();
        return named.Count > 0 && (await memory.Forget(named)).Count > 0;
    }
}
