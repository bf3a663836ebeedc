using System.Globalization;
using Hiring.Agents.Evaluation.Steps;
using Hiring.Agents.Learning.Steps;
using Hiring.Agents.SubAgents;
using Hiring.Contracts.Learning;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Learning;

/// <summary>
/// apply-learning: runs only once the recruiter approved the proposal. Changes the project's
/// qualifications as proposed (a skill added is approved with the change, its origin Learning; the
/// qualification policy checks it like any other), then asks evaluation to score the pipeline's
/// candidates again, which re-ranks them; sourcing's next search uses the approved qualifications.
/// </summary>
public sealed class ApplyLearningStep(LearningRules rules) : StepHandler<PlaceholderState, ApplyLearningInput, ApplyLearningOutput>
{
    /// <summary>The most candidates scored again after a change (the best scored first).</summary>
    public const int MaxRescored = 200;

    private static readonly PipelineStage[] Active = [PipelineStage.Sourced, PipelineStage.Shortlisted, PipelineStage.Contacted, PipelineStage.Replied, PipelineStage.Screening, PipelineStage.Interviewing];

    public override string Action => PlanActions.ApplyLearning;

    public override async Task<StepResult<ApplyLearningOutput>> RunAsync(StepContext<PlaceholderState> step, ApplyLearningInput input, CancellationToken cancellationToken = default)
    {
        var change = Enum.TryParse<LearningChange>(input.Change, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw new AssistantRefusalException(RefusalCodes.Invalid, $"'{input.Change}' is not a change learning makes.");
        var subject = input.Subject?.Trim() is { Length: > 0 } s ? s : throw new AssistantRefusalException(RefusalCodes.Invalid, "The proposal names nothing to change.");
        var project = step.Project;
        var snapshot = await project.Snapshot();
        var (summary, changed) = change == LearningChange.AddNiceToHave
            ? await AddAsync(project, snapshot, subject, input.Text?.Trim() is { Length: > 0 } text ? text : subject)
            : await ChangeAsync(project, snapshot, change, subject);
        if (changed is null)
        {
            return new StepResult<ApplyLearningOutput>(summary ?? "", new ApplyLearningOutput(), ProjectId: snapshot.ProjectId);
        }

        var rescored = snapshot.Pipeline.Where(e => Active.Contains(e.Stage)).Take(MaxRescored).Select(e => e.CandidateId).ToList();
        var said = Said(change, changed, rescored.Count);
        IReadOnlyList<PlanStep> followUps = rescored.Count == 0
            ? []
            : [FollowUpStep.For(AgentKind.Evaluation, PlanActions.EvaluateCandidates, new EvaluateCandidatesInput(rescored, Rescore: true))];
        return new StepResult<ApplyLearningOutput>(said, new ApplyLearningOutput(change == LearningChange.Drop ? null : changed.Id), ProjectId: snapshot.ProjectId, FollowUps: followUps);

        string Said(LearningChange c, Qualification q, int count) => c switch
        {
            LearningChange.AddNiceToHave => rules.Say("applied_add", ("skill", q.Text), ("count", Number(count))),
            LearningChange.MakeMustHave => rules.Say("applied_must", ("qualification", q.Text), ("count", Number(count))),
            LearningChange.MakeNiceToHave => rules.Say("applied_nice", ("qualification", q.Text), ("count", Number(count))),
            _ => rules.Say("applied_drop", ("qualification", q.Text), ("count", Number(count))),
        };
    }

    private async Task<(string? Summary, Qualification? Changed)> AddAsync(IHiringProject project, ProjectSnapshot snapshot, string skill, string text)
    {
        if (snapshot.Qualifications.Any(q => string.Equals(q.Subject, skill, StringComparison.OrdinalIgnoreCase) && q.Approved))
        {
            return (rules.Say("already", ("text", rules.Say("add_nice", ("skill", skill)))), null);
        }

        var proposed = new Qualification("", text, QualificationKind.NiceToHave, 0.5, 0, false, PolicyVerdict.Ok, QualificationOrigin.Learning, QualificationCategory.Skill, skill);
        var added = (await project.Propose([proposed])).Last(q => q.Origin == QualificationOrigin.Learning && q.Subject == skill);
        if (!added.Policy.Allowed)
        {
            return (rules.Say("refused", ("text", added.Policy.Reason ?? text)), null);
        }

        var decided = await project.Decide(new QualificationChange([added.Id], [], []));
        return (null, decided.First(q => q.Id == added.Id));
    }

    private async Task<(string? Summary, Qualification? Changed)> ChangeAsync(IHiringProject project, ProjectSnapshot snapshot, LearningChange change, string id)
    {
        if (snapshot.Qualifications.FirstOrDefault(q => q.Id == id) is not { } q)
        {
            return (rules.Say("gone"), null);
        }

        var wanted = change == LearningChange.MakeMustHave ? QualificationKind.MustHave : QualificationKind.NiceToHave;
        if (change != LearningChange.Drop && q.Kind == wanted)
        {
            return (rules.Say("already", ("text", $"\"{q.Text}\" is a {(wanted == QualificationKind.MustHave ? "must-have" : "nice-to-have")}")), null);
        }

        var decision = change == LearningChange.Drop
            ? new QualificationChange([], [id], [])
            : new QualificationChange([], [], [q with { Kind = wanted, Weight = wanted == QualificationKind.MustHave ? 1.0 : 0.5 }]);
        await project.Decide(decision);
        return (null, q);
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
