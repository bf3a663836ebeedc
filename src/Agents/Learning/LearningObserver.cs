using Hiring.Agents.Identity;
using Hiring.Agents.Outreach.Contacts;
using Hiring.Agents.Sourcing;
using Hiring.Contracts.Learning;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;
using Hiring.Storage;

namespace Hiring.Agents.Learning;

/// <summary>
/// What the learning agent does when the project's action log grows: reads the recruiter's decisions
/// with the profiles and evaluations they were made on, asks the model for proposals not offered
/// before, and words each as a message for the project owner's assistant, which asks for approval.
/// </summary>
public sealed class LearningObserver(ILogStore logs, PoolProfiles profiles, LearningExamples examples, LearningModel model, LearningRules rules)
{
    private const int IdHashLength = 24;

    /// <summary>The proposals to offer now (none until the decisions show a clear pattern).</summary>
    public async Task<IReadOnlyList<LearningProposal>> ProposeAsync(string projectKey, IHiringProject project)
    {
        var actions = await new ActionLog(projectKey, logs).LatestAsync(null, ActionLog.Window);
        var labels = ActionLabels.Of(actions);
        if (labels.Count(l => l.Value) < rules.MinAccepted)
        {
            return [];
        }

        var snapshot = await project.Snapshot();
        var ids = labels.Keys.ToList();
        var evaluations = await project.LatestEvaluations(ids);
        var read = profiles.Read(GrainKeys.TenantOf(projectKey), ids);
        var offered = (await new LearningOffers(projectKey, logs).ReadAsync()).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        return model.Propose(examples.Build(actions, read, evaluations), snapshot.Qualifications, offered);
    }

    /// <summary>The message that carries a proposal to the owner's assistant; its id is the proposal's, so offering it twice is one message.</summary>
    public MessageEnvelope Offer(string projectKey, ProjectSnapshot snapshot, LearningProposal proposal)
    {
        var id = "learning/" + ContactIds.Hash($"{projectKey}\n{proposal.Key}")[..IdHashLength];
        var text = rules.Say("offer", ("title", snapshot.Spec?.Title ?? snapshot.ProjectId), ("text", proposal.Text), ("evidence", proposal.Evidence));
        return new MessageEnvelope(id, text, snapshot.ProjectId, Learning: proposal);
    }

    /// <summary>Remembers that a proposal was offered, so it is never offered again.</summary>
    public Task RecordOfferedAsync(string projectKey, LearningProposal proposal) => new LearningOffers(projectKey, logs).RecordAsync(proposal);
}
