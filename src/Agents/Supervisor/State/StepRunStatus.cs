namespace Hiring.Agents.Supervisor.State;

[GenerateSerializer, Alias("hiring.supervisor.step-run-status")]
public enum StepRunStatus
{
    Pending = 0,
    WaitingApproval = 1,
    Running = 2,
    Done = 3,
    Skipped = 4,
    Failed = 5,
}
