using Hiring.Contracts.Planning;

namespace Hiring.Evals.Suites.Planner;

/// <summary>
/// Which project a plan acts on, in the cases' words: "new" when its first step is intake's
/// create-project, "current" when any step goes to a project's agent (intake, sourcing, evaluation,
/// outreach, screening, learning) or is the supervisor's report on the open project, "none" when
/// only the supervisor or memory act otherwise.
/// </summary>
public static class ProjectTargets
{
    public const string New = "new";
    public const string Current = "current";
    public const string None = "none";

    public static string Of(Plan plan)
    {
        // A memory step may come first ("need a welder in Leeds, fyi the HM hates job hoppers"): the project's own steps decide.
        if (plan.Steps.FirstOrDefault(s => s.Agent != AgentKind.Memory) is { Agent: AgentKind.Intake, Action: PlanActions.CreateProject })
        {
            return New;
        }

        return plan.Steps.Any(s => s.Agent is not (AgentKind.Supervisor or AgentKind.Memory) || s.Action == PlanActions.ProjectStatus) ? Current : None;
    }

    /// <summary>The plan's steps in short: "intake.create-project > intake.apply-qualifications".</summary>
    public static string Steps(Plan plan) => string.Join(" > ", plan.Steps.Select(s => $"{s.Agent.ToString().ToLowerInvariant()}.{s.Action}"));
}
