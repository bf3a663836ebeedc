using Hiring.Agents.Sourcing.Steps;
using Hiring.Agents.SubAgents;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Reasoning;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Supervisor;

/// <summary>
/// The plan of a structured rating (a thumbs up or down from the app): its meaning is given, so no
/// planner reads it; one record-feedback step for the sourcing agent, which needs no approval (it
/// is the recruiter's own decision, and the next search still asks before it runs).
/// </summary>
public static class RatingPlan
{
    public const string EngineName = "structured:rating";
    public const string ResourceName = "rating";
    public const string Version = "1";

    public static Plan For(MessageEnvelope envelope, CandidateRating rating)
    {
        var inputs = StepValues.Write(new RecordFeedbackInput(
            Request: envelope.Text,
            Candidate: rating.CandidateId,
            Verdict: rating.Verdict == RatingVerdict.Up ? "up" : "down",
            Reason: rating.Reason is { Length: > 0 } reason ? reason : null));

        var thumb = rating.Verdict == RatingVerdict.Up ? "thumbs up" : "thumbs down";
        return new Plan(
            PlanIntent.CandidateFeedback,
            [new PlanStep(AgentKind.Sourcing, PlanActions.RecordFeedback, inputs, NeedsApproval: false)],
            $"I'll record your {thumb} for {rating.CandidateId} and use it to steer the search.",
            RequestSlots.Empty with { Candidate = rating.CandidateId },
            1,
            new Provenance(ReasoningEngine.BuiltIn, EngineName, ResourceName, Version, ModelTier.Fast));
    }
}
