using System.Globalization;
using System.Text;
using Hiring.Agents.SubAgents;
using Hiring.Agents.Supervisor.State;
using Hiring.Agents.Supervisor.Steps;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Memory;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Supervisor;

/// <summary>
/// The steps the supervisor performs itself: replies, the overnight digest, explanations from its log and the recruiter's
/// memory, the recruiter's availability and their decisions on what waits for them, said in chat. Each outcome's summary is what the recruiter is told.
/// </summary>
public sealed class SupervisorSteps(TimeProvider time, IProjectDesk desk, SupervisorMessages messages, AvailabilityBook availability, ChatDecision decisions, IGrainFactory grains)
{
    private const int LookBack = 500;

    // The overnight digest covers the last day.
    private const int DigestHours = 24;

    // The most memories an explanation cites.
    private const int MemoryShown = 3;

    /// <summary>Whether the step only reads (the recruiter's state, the log, a project) and so can run again after a crash with the same effect.</summary>
    public static bool ChangesNothing(string action) =>
        action is PlanActions.Reply or PlanActions.OvernightDigest or PlanActions.ProjectStatus or PlanActions.ExplainDecision;

    public async Task<StepOutcome> RunAsync(PlanRun run, StepRun step, SupervisorContext context)
    {
        if (step.Step.Action == PlanActions.DecideApproval)
        {
            return await decisions.RunAsync(run, step, context);
        }

        var (text, asks) = step.Step.Action == PlanActions.SetAvailability
            ? await availability.SetFromChatAsync(context, StepValues.Bind<SetAvailabilityInput>(step.Inputs).Request ?? run.Message, run.PlanId)
            : (await TextAsync(run, step, context), false);
        // The executor tells the recruiter the text in the write that completes the step. What it cannot
        // read is asked, not guessed: the rest of the plan waits.
        return asks ? new StepOutcome(text, new Dictionary<string, string>(), Question: text) : new StepOutcome(text, new Dictionary<string, string>());
    }

    private async Task<string> TextAsync(PlanRun run, StepRun step, SupervisorContext context)
    {
        return step.Step.Action switch
        {
            PlanActions.Reply => StepValues.Bind<ReplyInput>(step.Inputs).Text is { Length: > 0 } reply
                ? reply
                : throw new AssistantRefusalException(RefusalCodes.Invalid, "A reply step needs text."),
            PlanActions.OvernightDigest => await DigestAsync(context),
            PlanActions.ProjectStatus => ProjectStatus.Describe(
                context.HasProject(run) ? await desk.SnapshotAsync(context.Tenant, context.ProjectFor(run)) : null,
                context.State.Approvals,
                messages),
            PlanActions.ExplainDecision => await ExplainAsync(StepValues.Bind<ExplainDecisionInput>(step.Inputs).Subject ?? run.Plan.Slots.Subject ?? run.Message, context),
            _ => throw new AssistantRefusalException(RefusalCodes.NotAvailable, $"I don't know how to '{step.Step.Action}'."),
        };
    }

    private async Task<string> DigestAsync(SupervisorContext context)
    {
        var since = time.GetUtcNow().AddHours(-DigestHours);
        var recent = (await context.Events.ReadBeforeAsync(long.MaxValue, LookBack)).Where(e => e.At >= since).ToList();
        var pending = context.State.Approvals.Count(a => a.Status == ApprovalStatus.Pending);
        return new OvernightDigest(messages).Describe(recent, pending, DigestHours);
    }

    private async Task<string> ExplainAsync(string subject, SupervisorContext context)
    {
        var explained = await ExplainFromLogAsync(subject, context);
        // "why did you suggest that?": what the recruiter told the assistant that bears on it, with when.
        var recalled = (await grains.GetGrain<IRecruiterMemory>(context.RecruiterKey).Recall(subject, MemoryShown))
            .Where(r => r.Relevance >= Memory.MemoryPlan.AnswersQuestion)
            .Select(r => $"\"{r.Entry.Text}\" ({(r.Entry.Source.Kind == MemorySource.Message ? "you said it" : "from")} on {r.Entry.At:yyyy-MM-dd})")
            .ToList();
        return recalled.Count == 0 ? explained : $"{explained} It also follows what you told me: {string.Join("; ", recalled)}.";
    }

    private static async Task<string> ExplainFromLogAsync(string subject, SupervisorContext context)
    {
        var plans = (await context.Events.ReadBeforeAsync(long.MaxValue, LookBack))
            .Where(e => e.Kind == AssistantEventKind.PlanCreated && e.Payload is not null)
            .Select(e => (Event: e, Plan: EventJson.Deserialize<PlanCreatedPayload>(e.Payload!)))
            .ToList();
        if (plans.Count == 0)
        {
            return "I haven't done anything for you yet, so there is nothing to explain.";
        }

        var words = Words(subject);
        var best = plans
            .Select(p => (p.Event, p.Plan, Score: Words($"{p.Plan.Message} {p.Plan.Plan.Summary}").Intersect(words).Count()))
            .OrderByDescending(p => p.Score)
            .ThenByDescending(p => p.Event.Sequence)
            .First();
        var provenance = best.Plan.Plan.Provenance;
        return $"On {best.Event.At:yyyy-MM-dd HH:mm} UTC you asked \"{best.Plan.Message}\", so I planned to {Lower(best.Plan.Plan.Summary)} " +
            $"(intent {best.Plan.Plan.Intent}, steps: {string.Join(", ", best.Plan.Plan.Steps.Select(s => $"{s.Agent}.{s.Action}"))}; " +
            $"planned by the {provenance.Engine} engine, {provenance.Model}, {provenance.PromptName} v{provenance.PromptVersion}).";
    }

    private static HashSet<string> Words(string text) =>
        [.. text.ToLowerInvariant().Split([' ', ',', '.', '?', '!', '"', '\''], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 3)];

    private static string Lower(string sentence) =>
        sentence.Length > 0 && sentence.StartsWith("I'll ", StringComparison.Ordinal) ? sentence[5..].TrimEnd('.') : sentence.TrimEnd('.');
}
