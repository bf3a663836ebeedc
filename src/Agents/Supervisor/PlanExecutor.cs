using Hiring.Agents.Supervisor.State;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Supervisor;

/// <summary>
/// Runs a plan one step per turn: asks for approval where the policy says so, hands the step to its
/// agent with its idempotency key (the agent accepts it and reports back; the step runs meanwhile),
/// persists after every change, retries failures with exponential backoff and hands exhausted ones
/// back for a replan.
/// </summary>
public sealed class PlanExecutor(ISubAgentRouter router, SupervisorSteps ownSteps, SupervisorMessages messages, SupervisorOptions options, TimeProvider time)
{
    /// <summary>The agents whose every step works on a project (intake creates one; memory and the supervisor need none).</summary>
    private static readonly HashSet<AgentKind> ProjectWork = [AgentKind.Sourcing, AgentKind.Evaluation, AgentKind.Outreach, AgentKind.Screening, AgentKind.Learning];

    public async Task<ExecutorTurn> StepAsync(PlanRun run, SupervisorContext context)
    {
        var step = run.NextStep;
        if (step is null)
        {
            return await CompleteAsync(run, context);
        }

        if (step.Status == StepRunStatus.Running && step.Step.Agent != AgentKind.Supervisor)
        {
            return await AwaitAgentAsync(run, step, context);
        }

        var now = time.GetUtcNow();
        if (step.NextAttemptAt is { } due && due > now)
        {
            return new ExecutorTurn(TurnResult.RetryLater, due);
        }

        if (step.Step.NeedsApproval && !step.Approved)
        {
            if (context.State.Policy.ModeFor(step.Step.Approval) == ApprovalMode.Auto)
            {
                step.Approved = true;
            }
            else
            {
                if (step.Status != StepRunStatus.WaitingApproval)
                {
                    if (run.ProjectId is null && ProjectWork.Contains(step.Step.Agent) && context.State.CurrentProjectId is { } current)
                    {
                        // Work shown for approval on the open project (a search) stays that project's, whichever is open when it is approved.
                        run.ProjectId = current;
                    }

                    // A newer proposal of the same kind for the same project replaces the one still waiting.
                    var replaced = ApprovalSupersession.Replace(context.State, run, step, messages.Say("approval_replaced"));
                    var approval = context.Approvals.Request(run, step, now);
                    step.ApprovalId = approval.Id;
                    step.Status = StepRunStatus.WaitingApproval;
                    run.Status = PlanRunStatus.WaitingApproval;
                    run.QuietSince = now;
                    await context.SaveAndAnnounceAsync([.. replaced.Select(EventDraft.Decided), new EventDraft(AssistantEventKind.ApprovalRequested, $"Approval needed: {approval.Summary}", run.PlanId, step.Index, EventJson.Serialize(approval))]);
                }

                if (step.Status != StepRunStatus.WaitingApproval)
                {
                    // The recruiter decided while the approval was being saved and announced (Decide interleaves
                    // with this turn): the decision already set the plan running, so go on instead of waiting forever.
                    return new ExecutorTurn(TurnResult.Continue);
                }

                run.Status = PlanRunStatus.WaitingApproval;
                return new ExecutorTurn(TurnResult.WaitForApproval);
            }
        }

        step.Status = StepRunStatus.Running;
        step.Attempts++;
        step.NextAttemptAt = null;
        step.HandedAt = null;
        step.Report = null;
        await context.SaveAndAnnounceAsync(Started(run, step));
        if (step.Step.Agent != AgentKind.Supervisor)
        {
            return await HandAsync(run, step, context);
        }

        StepOutcome outcome;
        try
        {
            outcome = await ownSteps.RunAsync(run, step, context);
        }
        catch (AssistantRefusalException refusal)
        {
            // A refusal is an answer, not a fault: retrying or replanning cannot change it.
            return await FailAsync(run, step, context, refusal.Message);
        }
        catch (Exception ex)
        {
            return await RetryOrGiveUpAsync(run, step, context, ex.Message);
        }

        return await CompleteStepAsync(run, step, context, outcome, said: outcome.Question is null);
    }

    /// <summary>
    /// A plan of one step the supervisor answers from what it already holds (a reply, a status, the digest, an
    /// explanation) runs before anything is written, and its creation, its step and its end are then one write: a
    /// crash before that write leaves the message in the inbox to be planned again, and nothing was changed meanwhile.
    /// <paramref name="start"/> puts the run in the state just before the write. False when the plan is not of that
    /// kind or its step threw: nothing was written, and the caller starts the plan the usual way, with its retries.
    /// </summary>
    public async Task<bool> TryAnswerAtOnceAsync(PlanRun run, SupervisorContext context, EventDraft created, Action start)
    {
        if (run.Steps is not [var step] || step.Step.Agent != AgentKind.Supervisor || step.Step.NeedsApproval || !SupervisorSteps.ChangesNothing(step.Step.Action))
        {
            return false;
        }

        StepOutcome outcome;
        try
        {
            outcome = await ownSteps.RunAsync(run, step, context);
        }
        catch (Exception)
        {
            return false;
        }

        start();
        step.Status = StepRunStatus.Running;
        step.Attempts = 1;
        await CompleteStepAsync(run, step, context, outcome, said: outcome.Question is null, before: [created, Started(run, step)]);
        return true;
    }

    /// <summary>
    /// A step handed to a sub-agent: apply its report when it has come, else wait for it. A step that
    /// was never accepted (the supervisor stopped before the agent answered), or whose agent has been
    /// silent for a check period, is handed again: the key makes that safe.
    /// </summary>
    private async Task<ExecutorTurn> AwaitAgentAsync(PlanRun run, StepRun step, SupervisorContext context)
    {
        if (step.Report is { } report)
        {
            step.Report = null;
            return report.Status switch
            {
                StepReportStatus.Done when report.Outcome is { } outcome => await CompleteStepAsync(run, step, context, outcome),
                StepReportStatus.Refused => await FailAsync(run, step, context, report.Error ?? "The agent refused the step."),
                _ => await RetryOrGiveUpAsync(run, step, context, report.Error ?? "The agent reported no outcome."),
            };
        }

        var check = step.HandedAt + options.StepCheckPeriod;
        return check > time.GetUtcNow() ? new ExecutorTurn(TurnResult.WaitForAgent, check) : await HandAsync(run, step, context);
    }

    /// <summary>Hands the step to its agent, which accepts it and returns at once; the outcome comes back as a report.</summary>
    private async Task<ExecutorTurn> HandAsync(PlanRun run, StepRun step, SupervisorContext context)
    {
        if (ProjectWork.Contains(step.Step.Agent) && !context.HasProject(run))
        {
            // "summarize this", "scratch the monday thing" read as project work with nothing open: say so in the
            // assistant's words instead of handing the desk's placeholder id to an agent that refuses it by name.
            return await FailAsync(run, step, context, messages.Say("status_no_project"));
        }

        try
        {
            await StartAgentAsync(run, step, context);
        }
        catch (AssistantRefusalException refusal)
        {
            return await FailAsync(run, step, context, refusal.Message);
        }
        catch (Exception ex)
        {
            return await RetryOrGiveUpAsync(run, step, context, ex.Message);
        }

        step.HandedAt = time.GetUtcNow();
        await context.Save();

        // The report may have come while the agent's answer was on its way back.
        return step.Report is not null ? new ExecutorTurn(TurnResult.Continue) : new ExecutorTurn(TurnResult.WaitForAgent, step.HandedAt + options.StepCheckPeriod);
    }

    private static EventDraft Started(PlanRun run, StepRun step) =>
        new(AssistantEventKind.StepStarted, $"{step.Step.Agent}: {step.Step.Action.Replace('-', ' ')}", run.PlanId, step.Index);

    /// <summary>
    /// Applies a step's outcome and announces it in one write, after the events <paramref name="before"/> it, with the
    /// recruiter's reply when the step <paramref name="said"/> its summary, and the plan's end when nothing is left to do.
    /// </summary>
    private async Task<ExecutorTurn> CompleteStepAsync(PlanRun run, StepRun step, SupervisorContext context, StepOutcome outcome, bool said = false, IReadOnlyList<EventDraft>? before = null)
    {
        step.Status = StepRunStatus.Done;
        step.Summary = outcome.Summary;
        step.LastError = null;
        foreach (var (name, value) in outcome.Outputs)
        {
            run.Outputs[name] = value;
        }

        if (outcome.ProjectId is { } projectId)
        {
            run.ProjectId = projectId;
            context.State.WorkOn(projectId);
        }

        FollowUps.Insert(run, step, outcome.FollowUps);
        if (outcome.Question is { Length: > 0 } question)
        {
            // The agent needs the recruiter: the rest of the plan waits for their next message, which is read as the answer.
            foreach (var later in run.Steps.Where(s => s.Index > step.Index))
            {
                later.Status = StepRunStatus.Skipped;
            }

            // Only intake's questions are answered by the recruiter's next words as a request; others say what they are.
            context.State.Question = outcome.Open ?? (step.Step.Agent == AgentKind.Intake ? new OpenQuestion(OpenQuestion.Intake, question, run.Message, [], run.ProjectId) : null);
        }

        List<EventDraft> events = [.. before ?? []];
        if (said)
        {
            events.Add(EventDraft.Say(AssistantEventKind.Reply, outcome.Summary, run.ClientMessageId, run.PlanId, step.Index));
        }

        events.Add(new EventDraft(AssistantEventKind.StepCompleted, outcome.Summary, run.PlanId, step.Index, outcome.Payload));
        if (outcome.Question is { Length: > 0 } ask)
        {
            Finish(run, context);
            events.Add(EventDraft.Say(AssistantEventKind.Reply, ask, run.ClientMessageId, run.PlanId, step.Index));
            events.Add(new EventDraft(AssistantEventKind.PlanCompleted, "Waiting for your answer.", run.PlanId));
        }
        else if (run.NextStep is null)
        {
            events.AddRange(Completion(run, context));
        }

        await context.SaveAndAnnounceAsync([.. events]);
        return new ExecutorTurn(run.Status == PlanRunStatus.Completed ? TurnResult.Completed : TurnResult.Continue);
    }

    private Task StartAgentAsync(PlanRun run, StepRun step, SupervisorContext context)
    {
        if (step.Step.Action == PlanActions.CreateProject && run.ProjectId is null)
        {
            // The project's id is fixed before the call so a retried creation lands on the same grain;
            // it is unique within the tenant because it starts with the recruiter's id.
            run.ProjectId = $"{Identity.GrainKeys.IdOf(context.RecruiterKey)}.p{run.MessageSequence}";
        }

        var projectId = context.ProjectFor(run);
        var inputs = new Dictionary<string, string>(run.Outputs);
        foreach (var (name, value) in step.Inputs)
        {
            inputs[name] = value;
        }

        if (step.IdempotencyKey.Length == 0)
        {
            // Fixed at the first attempt from what the step really receives, then persisted: retries,
            // restarts and a replan that reaches the same work present the same key.
            var occurrence = run.Steps.Count(s => s.Index < step.Index && s.Step.Agent == step.Step.Agent && s.Step.Action == step.Step.Action);
            step.IdempotencyKey = StepKeys.For(context.RecruiterKey, run.MessageSequence, step.Step, inputs, occurrence);
        }

        var command = new StepCommand(step.IdempotencyKey, context.RecruiterKey, projectId, step.Step.Action, inputs, run.Plan.Slots);
        return router.Resolve(step.Step.Agent, context.Tenant, context.RecruiterKey, projectId).Start(command);
    }

    private async Task<ExecutorTurn> RetryOrGiveUpAsync(PlanRun run, StepRun step, SupervisorContext context, string error)
    {
        step.LastError = error;
        if (step.Attempts < options.MaxStepAttempts)
        {
            var delay = options.RetryBaseDelay * Math.Pow(2, step.Attempts - 1);
            step.Status = StepRunStatus.Pending;
            step.NextAttemptAt = time.GetUtcNow() + delay;
            await context.SaveAndAnnounceAsync(new EventDraft(
                AssistantEventKind.StepRetrying,
                $"{step.Step.Agent} failed ({error}); retrying in {delay.TotalSeconds:0.#} s (attempt {step.Attempts + 1} of {options.MaxStepAttempts}).",
                run.PlanId,
                step.Index));
            return new ExecutorTurn(TurnResult.RetryLater, step.NextAttemptAt);
        }

        step.Status = StepRunStatus.Failed;
        await context.SaveAndAnnounceAsync(new EventDraft(AssistantEventKind.StepFailed, $"{step.Step.Agent} failed {step.Attempts} times: {error}", run.PlanId, step.Index));
        return new ExecutorTurn(TurnResult.Replan, Reason: $"{step.Step.Agent}.{step.Step.Action} failed {step.Attempts} times: {error}");
    }

    private static async Task<ExecutorTurn> FailAsync(PlanRun run, StepRun step, SupervisorContext context, string reason)
    {
        step.Status = StepRunStatus.Failed;
        step.LastError = reason;
        await context.SaveAndAnnounceAsync(new EventDraft(AssistantEventKind.StepFailed, reason, run.PlanId, step.Index));
        return new ExecutorTurn(TurnResult.Failed, Reason: reason);
    }

    private async Task<ExecutorTurn> CompleteAsync(PlanRun run, SupervisorContext context)
    {
        await context.SaveAndAnnounceAsync([.. Completion(run, context)]);
        return new ExecutorTurn(TurnResult.Completed);
    }

    /// <summary>Ends the plan: what its agents did, told to the recruiter, and its completion.</summary>
    private List<EventDraft> Completion(PlanRun run, SupervisorContext context)
    {
        Finish(run, context);
        var said = PlanReply.Told(run, context.State);
        // A newer proposal replaced the one this plan waited on: that one speaks for both, and what this plan proposed is not told again.
        if (ApprovalSupersession.Replaced(run, context.State))
        {
            said.Clear();
        }

        // A declined approval ended the plan: what was proposed before it is not left standing as if it still waited.
        if (context.State.Approvals.Any(a => a.PlanId == run.PlanId && a.Status == ApprovalStatus.Rejected))
        {
            said.Add(messages.Say("plan_declined"));
        }

        List<EventDraft> events = said.Count > 0 ? [EventDraft.Say(AssistantEventKind.Reply, string.Join(" ", said), run.ClientMessageId, run.PlanId)] : [];
        events.Add(new EventDraft(AssistantEventKind.PlanCompleted, "Done.", run.PlanId));
        return events;
    }

    /// <summary>A completed plan leaves the state in the same write that announces it.</summary>
    private void Finish(PlanRun run, SupervisorContext context)
    {
        run.Status = PlanRunStatus.Completed;
        run.QuietSince = time.GetUtcNow();
        context.State.Plans.Remove(run);
    }
}
