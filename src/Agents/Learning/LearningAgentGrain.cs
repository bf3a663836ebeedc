using Hiring.Agents.SubAgents;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Supervisor;
using Hiring.Storage;
using Microsoft.Extensions.Logging;

namespace Hiring.Agents.Learning;

/// <summary>
/// The learning agent of a project (key: tenant/project): a thin durable shell. <see cref="Observe"/>
/// runs the <see cref="LearningObserver"/> when the project's action log grew and offers each new
/// proposal to the project owner's assistant; the one step, apply-learning, runs only after the
/// recruiter approved. What it offered is kept in the log store, so its row holds only its steps.
/// </summary>
public sealed class LearningAgentGrain(
    [PersistentState("learning", StorageNames.Hiring)] IPersistentState<PlaceholderState> state,
    ApplyLearningStep apply,
    LearningObserver observer,
    ILogStore logs,
    ILogger<LearningAgentGrain> logger) : SubAgentGrain<PlaceholderState>(state, "learning", [apply]), ILearningAgent
{
    private long _seen = -1;

    public async Task Observe()
    {
        var key = this.GetPrimaryKeyString();
        var count = await new ActionLog(key, logs).CountAsync();
        if (count == _seen)
        {
            return;
        }

        try
        {
            var proposals = await observer.ProposeAsync(key, Project);
            if (proposals.Count > 0)
            {
                var snapshot = await Project.Snapshot();
                var owner = snapshot.Owner ?? throw new InvalidOperationException($"Project '{snapshot.ProjectId}' has no owner to offer learning to.");
                foreach (var proposal in proposals)
                {
                    // Offered first, remembered after: a crash between posts it again under the same id, which the assistant ignores.
                    await GrainFactory.GetGrain<IRecruiterSupervisor>(owner).Post(observer.Offer(key, snapshot, proposal));
                    await observer.RecordOfferedAsync(key, proposal);
                }
            }

            _seen = count;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Learning is advice: a failure here must never fail the recruiter's move; the next action tries again.
            logger.LogWarning(ex, "Learning could not observe project {Project}", key);
        }
    }
}
