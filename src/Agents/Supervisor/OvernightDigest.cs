using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Supervisor;

/// <summary>
/// "What happened overnight?": from the recruiter's events of the last hours, what each project's
/// autopilot runs found (their digests), applicants evaluated, candidates' replies and questions,
/// plans finished or stopped, and the approvals waiting now.
/// </summary>
public sealed class OvernightDigest(SupervisorMessages messages)
{
    private const int RunsShown = 10;
    private const int ApplicantsShown = 5;

    public string Describe(IReadOnlyList<AssistantEvent> recent, int approvalsWaiting, int hours)
    {
        var parts = new List<string>();
        var runs = recent.Where(e => e.Kind == AssistantEventKind.AutopilotRunFinished && e.Text.Length > 0).ToList();
        parts.AddRange(runs.TakeLast(RunsShown).Select(r => r.Text));
        var applicants = recent.Where(e => e.Kind == AssistantEventKind.ApplicantEvaluated).ToList();
        parts.AddRange(applicants.TakeLast(ApplicantsShown).Select(a => a.Text));

        var replies = recent.Count(e => e.Kind == AssistantEventKind.CandidateReplied);
        var questions = recent.Count(e => e.Kind == AssistantEventKind.CandidateQuestionForRecruiter);
        var completed = recent.Count(e => e.Kind == AssistantEventKind.PlanCompleted);
        var failed = recent.Where(e => e.Kind == AssistantEventKind.PlanFailed).ToList();
        if (replies > 0)
        {
            parts.Add(messages.Say("digest_replies", ("count", replies), ("s", replies == 1 ? "y" : "ies")));
        }

        if (questions > 0)
        {
            parts.Add(messages.Say("digest_questions", ("count", questions), ("s", questions == 1 ? "" : "s")));
        }

        if (completed + failed.Count > 0)
        {
            parts.Add(messages.Say("digest_plans", ("count", completed), ("s", completed == 1 ? "" : "s"), ("stopped", failed.Count == 0 ? "" : messages.Say("digest_plans_stopped", ("count", failed.Count)))));
        }

        parts.AddRange(failed.TakeLast(2).Select(f => messages.Say("digest_stopped", ("text", f.Text))));
        parts.Add(approvalsWaiting == 0 ? messages.Say("approvals_none") : messages.Say("digest_approvals", ("count", approvalsWaiting), ("s", approvalsWaiting == 1 ? " is" : "s are")));
        var opening = runs.Count + applicants.Count + replies + questions + completed + failed.Count == 0
            ? messages.Say("digest_quiet", ("hours", hours))
            : messages.Say("digest_opening", ("hours", hours));
        return $"{opening} {string.Join(' ', parts)}";
    }
}
