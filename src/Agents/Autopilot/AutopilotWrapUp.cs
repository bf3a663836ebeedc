using Hiring.Contracts.Agents;
using Hiring.Contracts.Autopilot;
using Hiring.Contracts.Outreach;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;
using Microsoft.Extensions.Logging;

namespace Hiring.Agents.Autopilot;

/// <summary>
/// The end of a run: due follow-ups handed to outreach, the project's waiting approvals counted, the
/// run closed in its book with its digest, and the notice for the owner's stream. The grain saves the
/// state, then tells the owner.
/// </summary>
public sealed class AutopilotWrapUp(IGrainFactory grains, AutopilotDigest digest, TimeProvider time, ILogger<AutopilotWrapUp> logger)
{
    public async Task<(string? Owner, CandidateNotice Notice)> EndAsync(
        AutopilotRunBook book, string projectKey, IHiringProject project, AutopilotRunStatus status, string? reason)
    {
        var snapshot = await project.Snapshot();
        var followUps = await FollowUpsAsync(projectKey);
        var waiting = snapshot.Owner is { } owner
            ? (await grains.GetGrain<IRecruiterSupervisor>(owner).Approvals(pendingOnly: true)).Count(a => a.ProjectId == snapshot.ProjectId)
            : 0;
        var title = TitleOf(snapshot);
        var run = book.Finish(status, reason, followUps, waiting, r => digest.Describe(r, title), time.GetUtcNow());
        var notice = new CandidateNotice(AssistantEventKind.AutopilotRunFinished, snapshot.ProjectId, "", run.Digest ?? "", AutopilotNoticePayload.Of(snapshot.ProjectId, run));
        return (snapshot.Owner, notice);
    }

    /// <summary>The project's name in what the recruiter reads: its title, or its id before it has one.</summary>
    public static string TitleOf(ProjectSnapshot snapshot) => snapshot.Spec?.Title ?? snapshot.ProjectId;

    /// <summary>Follow-ups due go to outreach; outreach being down costs the digest a count, never the run.</summary>
    private async Task<int> FollowUpsAsync(string projectKey)
    {
        try
        {
            return await grains.GetGrain<IOutreachAgent>(projectKey).HandOverDueFollowUps();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Autopilot of {Project} could not hand over due follow-ups", projectKey);
            return 0;
        }
    }
}
