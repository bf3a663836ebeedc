using Hiring.Contracts.Planning;
using Hiring.Contracts.Reasoning;
using Hiring.Reasoning.Planning.Dialogue;

namespace Hiring.Reasoning.Planning;

/// <summary>Turns a decision and its slots into the intent's step recipe from the catalog.</summary>
public sealed class PlanComposer(IntentCatalog catalog)
{
    public Plan Compose(PlanDecision decision, RequestSlots slots, PlanRequest request, Provenance provenance)
    {
        var spec = catalog.Spec(decision.Intent);
        var shared = StepInputs.From(request.Message, slots);
        switch (decision.Answers)
        {
            case { Kind: OpenQuestion.Intake } asked:
                shared[StepValueNames.Request] = asked.Request;
                shared[StepValueNames.Answer] = request.Message;
                break;
            case { Kind: OpenQuestion.Calibration, Candidates: { Count: > 0 } shown }:
                shared[StepValueNames.Shown] = string.Join(',', shown);
                break;
        }

        if (decision.Basis?.Spec is { Description.Length: > 0 } basis)
        {
            // A new project that repeats the open one: intake reads the open one's request with this message as what changes.
            shared[StepValueNames.Request] = basis.Description;
            shared[StepValueNames.Answer] = request.Message;
        }

        var steps = spec.Steps.Select(step =>
        {
            var agent = IntentCatalog.ParseAgent(step.Agent);
            // The step's own approval as its intent declares it: one action can need approval in one intent
            // (set-autopilot turning autopilot on starts sourcing) and not in another (turning it off).
            var approval = Enum.TryParse<ApprovalAction>(step.Approval, out var declared) ? declared : catalog.ApprovalFor(agent, step.Action) ?? ApprovalAction.None;
            var inputs = new Dictionary<string, string>(shared, StringComparer.Ordinal);
            foreach (var (name, value) in step.Inputs)
            {
                inputs[name] = value;
            }

            if (spec.ReplyTo(request.Message) is { } reply)
            {
                inputs[StepValueNames.Text] = reply;
            }

            return new PlanStep(agent, step.Action, inputs, approval != ApprovalAction.None, approval);
        }).ToList();

        var summary = spec.ReplyTo(request.Message) ?? SlotPhrases.Fill(spec.Summary, slots, request.Message);
        return new Plan(decision.Intent, steps, summary, slots, Math.Clamp(decision.Confidence, 0, 1), provenance, decision.Returns?.ProjectId);
    }

    /// <summary>
    /// A decision said in chat: the intent's step with the approvals it decides and its verdict, or with the question which;
    /// with <paramref name="then"/>, the plan the rest of the message asks for, its steps after the decision.
    /// </summary>
    public Plan Decide(ApprovalChoice choice, Provenance provenance, Plan? then = null)
    {
        var spec = catalog.Spec(PlanIntent.DecideApproval);
        // The ids go with the question too: its answer is read against the ones it names, not every pending one.
        var inputs = new Dictionary<string, string>(StringComparer.Ordinal) { [StepValueNames.Verdict] = choice.Verdict, [StepValueNames.Approvals] = string.Join(',', choice.Ids) };
        if (choice.Question is { } question)
        {
            inputs[StepValueNames.Text] = question;
        }

        List<Dictionary<string, string>> decisions = [inputs];
        if (choice.Opposite is { Count: > 0 } opposite)
        {
            // A mixed decision: the same steps again for what it decides the other way.
            decisions.Add(new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [StepValueNames.Verdict] = choice.Approve ? ApprovalChoice.RejectVerdict : ApprovalChoice.ApproveVerdict,
                [StepValueNames.Approvals] = string.Join(',', opposite),
            });
        }

        var steps = decisions.SelectMany(decided => spec.Steps.Select(step => new PlanStep(IntentCatalog.ParseAgent(step.Agent), step.Action, new Dictionary<string, string>(decided, StringComparer.Ordinal), false, ApprovalAction.None))).ToList();
        return then is null
            ? new Plan(PlanIntent.DecideApproval, steps, choice.Question ?? spec.Summary, RequestSlots.Empty, choice.Question is null ? 0.9 : 0.6, provenance)
            : then with { Steps = [.. steps, .. then.Steps] };
    }
}
