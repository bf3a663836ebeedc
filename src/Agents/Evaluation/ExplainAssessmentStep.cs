using System.Text;
using Hiring.Agents.Evaluation.Steps;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;
using Hiring.Talent;
using Hiring.Agents.SubAgents;

namespace Hiring.Agents.Evaluation;

/// <summary>
/// explain-assessment ("why is Ana a match?"): finds the candidate by id or by name among the
/// project's pipeline, and answers from the evidence ledger only, with the engine, model and prompt
/// that produced each verdict. The name only finds the profile; it never reaches an assessor.
/// </summary>
public sealed class ExplainAssessmentStep(CandidateBatchEvaluator profiles, EvaluationRules rules)
    : StepHandler<EvaluationAgentState, ExplainAssessmentInput, ExplainAssessmentOutput>
{
    public override string Action => PlanActions.ExplainAssessment;

    public override async Task<StepResult<ExplainAssessmentOutput>> RunAsync(StepContext<EvaluationAgentState> step, ExplainAssessmentInput input, CancellationToken cancellationToken = default)
    {
        var (project, tenant) = (step.Project, step.Tenant);
        var asked = input.Candidate?.Trim() is { Length: > 0 } trimmed
            ? trimmed
            : step.Slots.Candidate?.Trim() ?? "";
        var snapshot = await project.Snapshot();
        var matches = await FindAsync(snapshot, tenant, asked, cancellationToken);
        if (matches.Count == 0)
        {
            throw new AssistantRefusalException(RefusalCodes.NotFound, rules.Say("agent_candidate_unknown", ("candidate", asked)));
        }

        if (matches.Count > 1)
        {
            var choices = string.Join(", ", matches.Select(m => $"{m.Name} ({m.Id})"));
            return new StepResult<ExplainAssessmentOutput>(rules.Say("agent_which_candidate", ("choices", choices)), new ExplainAssessmentOutput(), Question: rules.Say("agent_which_candidate", ("choices", choices)));
        }

        var (id, name) = matches[0];
        var output = new ExplainAssessmentOutput(id);
        var evaluation = await project.LatestEvaluation(id) ?? FromLedger(id, await project.Evidence(id));
        if (evaluation is null)
        {
            return new StepResult<ExplainAssessmentOutput>(rules.Say("agent_not_evaluated", ("candidate", name)), output);
        }

        return new StepResult<ExplainAssessmentOutput>(Explain(name, evaluation, snapshot.Qualifications), output, EvidenceBrief.ToJson(evaluation));
    }

    private async Task<List<(string Id, string Name)>> FindAsync(ProjectSnapshot snapshot, string tenant, string asked, CancellationToken cancellationToken)
    {
        if (asked.Length == 0)
        {
            return [];
        }

        if (snapshot.Pipeline.FirstOrDefault(e => string.Equals(e.CandidateId, asked, StringComparison.Ordinal)) is { } byId)
        {
            var profile = await profiles.LoadAsync(tenant, byId.CandidateId, cancellationToken);
            return [(byId.CandidateId, profile?.Name ?? byId.CandidateId)];
        }

        var wanted = TextFolding.Fold(asked);
        var found = new List<(string Id, string Name)>();
        foreach (var entry in snapshot.Pipeline)
        {
            if (await profiles.LoadAsync(tenant, entry.CandidateId, cancellationToken) is { } profile && NameMatches(TextFolding.Fold(profile.Name), wanted))
            {
                found.Add((entry.CandidateId, profile.Name));
            }
        }

        return found;
    }

    // "ana" finds "ana lopez" (a first or last name), "ana lopez" finds only her.
    private static bool NameMatches(string name, string wanted) =>
        name == wanted || name.Split(' ').Contains(wanted, StringComparer.Ordinal) || name.StartsWith(wanted + " ", StringComparison.Ordinal);

    private static CandidateEvaluation? FromLedger(string id, IReadOnlyList<QualificationAssessment> ledger)
    {
        if (ledger.Count == 0)
        {
            return null;
        }

        var latest = ledger.GroupBy(a => a.QualificationId).Select(g => g.Last()).ToList();
        return new CandidateEvaluation(id, latest, 0, Recommendation.Possible, "", latest[^1].Provenance);
    }

    private string Explain(string name, CandidateEvaluation evaluation, IReadOnlyList<Qualification> qualifications)
    {
        var provenance = evaluation.Provenance;
        var text = new StringBuilder(rules.Say(
            "agent_explain_header",
            ("candidate", name),
            ("recommendation", EvaluationScorer.Describe(rules, evaluation.Recommendation)),
            ("score", EvidenceBrief.Score(evaluation.Score)),
            ("engine", provenance.Engine.ToString()),
            ("model", provenance.Model),
            ("prompt", provenance.PromptName),
            ("version", provenance.PromptVersion)));
        foreach (var assessment in evaluation.Assessments)
        {
            var qualification = qualifications.FirstOrDefault(q => q.Id == assessment.QualificationId)?.Text ?? assessment.QualificationId;
            var quotes = string.Concat(assessment.Evidence.Select(q => $" \"{q.Text}\" ({q.Section})"));
            text.Append('\n').Append(rules.Say(
                "agent_explain_line",
                ("qualification", qualification),
                ("verdict", assessment.Verdict.ToString()),
                ("rationale", assessment.Rationale),
                ("quotes", quotes)));
        }

        // The constraints are part of the answer: "why is X a match?" shows where they live and their level against the role's.
        foreach (var check in evaluation.Constraints ?? [])
        {
            var quotes = string.Concat(check.Evidence.Select(q => $" \"{q.Text}\" ({q.Section})"));
            text.Append('\n').Append(rules.Say(
                "agent_explain_line",
                ("qualification", rules.Say(check.Kind switch { ConstraintKind.Location => "constraint_location", ConstraintKind.Level => "constraint_level", _ => "constraint_title" })),
                ("verdict", check.Verdict.ToString()),
                ("rationale", check.Rationale),
                ("quotes", quotes)));
        }

        return text.ToString();
    }
}
