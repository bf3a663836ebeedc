namespace Hiring.Agents.Supervisor.State;

[GenerateSerializer, Alias("hiring.supervisor.plan-run-status")]
public enum PlanRunStatus
{
    Running = 0,
    WaitingApproval = 1,
    Completed = 2,
    Failed = 3,
}
