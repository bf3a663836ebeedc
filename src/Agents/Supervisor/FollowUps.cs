using Hiring.Agents.Supervisor.State;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Supervisor;

/// <summary>Inserts the steps an agent asked for right after the step that asked, keeping indexes in order.</summary>
public static class FollowUps
{
    /// <summary>Upper bound on one plan's steps, so a misbehaving agent cannot loop forever.</summary>
    public const int MaxSteps = 64;

    public static void Insert(PlanRun run, StepRun after, IReadOnlyList<PlanStep>? followUps)
    {
        if (followUps is not { Count: > 0 })
        {
            return;
        }

        var room = Math.Max(0, MaxSteps - run.Steps.Count);
        var position = run.Steps.IndexOf(after) + 1;
        var added = followUps.Take(room).Select(step => new StepRun
        {
            Step = step,
            Status = StepRunStatus.Pending,
            Inputs = new Dictionary<string, string>(step.Inputs),
        });
        run.Steps.InsertRange(position, added);
        for (var i = 0; i < run.Steps.Count; i++)
        {
            run.Steps[i].Index = i;
        }
    }
}
