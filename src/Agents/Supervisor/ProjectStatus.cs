using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Supervisor;

/// <summary>"Senior Backend Engineer: 14 in the pipeline (9 sourced, 4 shortlisted, 1 contacted). 1 approval(s) wait for you."</summary>
public static class ProjectStatus
{
    public static string Describe(ProjectSnapshot? project, IEnumerable<ApprovalRequest> approvals, SupervisorMessages messages)
    {
        if (project?.Spec is not { } spec)
        {
            return messages.Say("status_no_project");
        }

        var waiting = approvals.Count(a => a.Status == ApprovalStatus.Pending);
        var approvalLine = waiting == 0 ? messages.Say("approvals_none") : messages.Say("approvals_some", ("count", waiting));
        if (project.Pipeline.Count == 0)
        {
            return messages.Say("status_empty", ("title", spec.Title), ("approvals", approvalLine)).Trim();
        }

        var stages = project.Pipeline
            .GroupBy(e => e.Stage)
            .OrderBy(g => g.Key)
            .Select(g => messages.Say("status_stage", ("count", g.Count()), ("stage", g.Key.ToString().ToLowerInvariant())));
        return messages.Say("status", ("title", spec.Title), ("total", project.Pipeline.Count), ("stages", string.Join(", ", stages)), ("approvals", approvalLine)).Trim();
    }
}
