using Hiring.Agents.Autopilot;
using Hiring.Agents.Sourcing.Steps;
using Hiring.Agents.SubAgents;
using Hiring.Contracts.Autopilot;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Sourcing;

/// <summary>
/// set-autopilot: turns the project's autopilot on (with the schedule the recruiter's words give, in
/// their time zone) or off, and says what it will do and when it runs next.
/// </summary>
public sealed class AutopilotStep(IGrainFactory grains, AutopilotScheduleReader schedules, AutopilotDigest digest) : StepHandler<SourcingState, SetAutopilotInput, NoStepValues>
{
    public override string Action => PlanActions.SetAutopilot;

    public override async Task<StepResult<NoStepValues>> RunAsync(StepContext<SourcingState> step, SetAutopilotInput input, CancellationToken cancellationToken = default)
    {
        var snapshot = await step.Project.Snapshot();
        var enabled = input.Enabled ?? true;
        var zone = enabled ? (await grains.GetGrain<IRecruiterSupervisor>(step.Recruiter).GetAvailability())?.TimeZone : null;
        var settings = await grains.GetGrain<IProjectAutopilot>(step.AgentKey).Configure(enabled, schedules.Read(input.Request, zone), step.Recruiter);
        return new StepResult<NoStepValues>(digest.Settings(settings, snapshot.Spec?.Title ?? snapshot.ProjectId), new NoStepValues());
    }
}
