using Hiring.Evals.Core;
using Hiring.Evals.Suites.Approvals;
using Hiring.Evals.Suites.Autopilot;
using Hiring.Evals.Suites.Dialogue;
using Hiring.Evals.Suites.Evaluation;
using Hiring.Evals.Suites.Fairness;
using Hiring.Evals.Suites.Intake;
using Hiring.Evals.Suites.Learning;
using Hiring.Evals.Suites.Memory;
using Hiring.Evals.Suites.Outreach;
using Hiring.Evals.Suites.Planner;
using Hiring.Evals.Suites.Policy;
using Hiring.Evals.Suites.Screening;
using Hiring.Evals.Suites.Sourcing;

namespace Hiring.Evals;

/// <summary>The suites of <c>hiring eval</c>. Add a suite here; the pool suites (sourcing, evaluation, fairness) run on <see cref="Pool.EvalPool"/>.</summary>
public static class EvalSuites
{
    public static SuiteRegistry Default() => new SuiteRegistry()
        .Add(new PlannerSuite())
        .Add(new IntakeSuite())
        .Add(new PolicySuite())
        .Add(new DialogueSuite())
        .Add(new ApprovalsSuite())
        .Add(new SourcingSuite())
        .Add(new EvaluationSuite())
        .Add(new FairnessSuite())
        .Add(new ScreeningSuite())
        .Add(new OutreachSuite())
        .Add(new MemorySuite())
        .Add(new LearningSuite())
        .Add(new AutopilotSuite());
}
