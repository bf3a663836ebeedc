using Hiring.Contracts.Planning;
using Hiring.Contracts.Reasoning;
using Hiring.Contracts.Supervisor;
using Hiring.Reasoning.Policy;

namespace Hiring.Agents.Supervisor;

/// <summary>
/// The plans of the messages whose meaning is given, so no planner reads them: a rating or a decision on
/// qualifications from the app, and an agent's word (follow-ups due, a learning proposal, a candidate who
/// asked how they were found). Each is about the project the message names; null for a message to plan
/// from its words (or one that names no project).
/// </summary>
public static class StructuredPlans
{
    public static Plan? For(MessageEnvelope envelope, MessageScreening screening, string? project) => project is null ? null : envelope switch
    {
        // A rating from the app says what it means (a reason the policy refuses is dropped); the open
        // question stays open for the recruiter's words.
        { Rating: { } rating } => RatingPlan.For(envelope with { Text = screening.Remaining }, screening.Refused ? rating with { Reason = null } : rating),

        // The wordings are checked by the qualification policy where they are applied, and a refused one stays refused.
        { Qualifications: { } edits } => QualificationPlan.For(envelope, edits),
        { FollowUps: { } due } => FollowUpPlan.For(envelope, due),
        { Learning: { } proposal } => LearningPlan.For(envelope, proposal),
        { HowFound: { } asked } => HowFoundPlan.For(envelope, asked),
        _ => null,
    };

    /// <summary>A plan of one step whose meaning is given: sure of its intent, from the built-in engine, with the message as its summary.</summary>
    public static Plan OneStep(PlanIntent intent, PlanStep step, string summary, string engine, string resource, string version) =>
        new(intent, [step], summary, RequestSlots.Empty, 1, new Provenance(ReasoningEngine.BuiltIn, engine, resource, version, ModelTier.Fast));
}
