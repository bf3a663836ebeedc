using Hiring.Agents.Identity;
using Hiring.Agents.Outreach.Channels;
using Hiring.Agents.Outreach.Contacts;
using Hiring.Agents.Outreach.Drafting;
using Hiring.Agents.Outreach.FollowUps;
using Hiring.Agents.Outreach.Steps;
using Hiring.Agents.SubAgents;
using Hiring.Contracts.Learning;
using Hiring.Contracts.Outreach;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;
using Hiring.Contracts.Talent;
using Hiring.Talent;

namespace Hiring.Agents.Outreach;

/// <summary>
/// send-message, after the recruiter's Send approval: checks the subject and text as approved (an edit
/// may quote what the profile does not say or promise what the spec and FAQ do not) against the kept
/// draft's facts, then sends through the tenant's contact ledger on the built-in channel with the
/// step's key as the idempotency key, so a redelivered step never sends twice, and moves the
/// candidate to Contacted; the thread's next follow-up is then scheduled. The kept draft says whether
/// this is a first message, a follow-up or an answer to the candidate's question (which moves no one). A refused edit or a refusal of the ledger is the step's answer, not a
/// failure: nothing is sent and the reply says why; a refused edit goes back to the approvals as written.
/// </summary>
public sealed class SendMessageStep(IProfileStore profiles, DraftChecker checker, ContactLedgers ledgers, FollowUpSchedule followUps, OutreachPhrases phrases)
    : StepHandler<OutreachState, SendMessageInput, SendMessageOutput>
{
    private static readonly PipelineStage[] BeforeContact = [PipelineStage.Sourced, PipelineStage.Shortlisted, PipelineStage.Calibration];

    public override string Action => PlanActions.SendMessage;

    public override async Task<StepResult<SendMessageOutput>> RunAsync(StepContext<OutreachState> step, SendMessageInput input, CancellationToken cancellationToken = default)
    {
        var projectId = step.ProjectId ?? input.Project ?? GrainKeys.IdOf(step.AgentKey);
        if (input.Candidates.Count != 1)
        {
            throw new AssistantRefusalException(RefusalCodes.Invalid, phrases.Say("one_candidate", ("count", input.Candidates.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }

        var candidateId = input.Candidates[0];
        var snapshot = await step.Project.Snapshot();
        if (step.State.DraftFor(candidateId) is not { } draft || snapshot.Spec is not { } spec)
        {
            return NotSent(phrases.Say("no_draft", ("candidate", candidateId), ("project", snapshot.Spec?.Title ?? projectId)), projectId);
        }

        var found = await profiles.GetManyAsync([TalentPoolScope.Private(step.Tenant), TalentPoolScope.Public], [candidateId], cancellationToken);
        if (!found.TryGetValue(candidateId, out var profile))
        {
            return NotSent(phrases.Say("not_sent", ("name", candidateId), ("reason", phrases.Say("unknown_profile"))), projectId);
        }

        // An answer in the thread is held to a follow-up's length: it answers, it does not pitch.
        var message = new OutreachMessage(draft.Kind == ContactKind.FirstOutreach ? OutreachMessageKind.First : OutreachMessageKind.FollowUp, input.Subject.Trim(), input.Text.Trim());
        // The recruiter's own words may run longer than the built-in short draft, up to the medium limit.
        var review = checker.Check(profile, spec, [message], [.. draft.Facts.Select(f => f.ToCited())], OutreachLength.Medium);
        if (!review.Passed)
        {
            return Refused(profile, input, review, projectId);
        }

        var ledger = await ledgers.OpenAsync(step.Tenant, cancellationToken);
        var sent = await ledgers.SenderFor(ledger).SendAsync(
            new OutreachSend(step.Command.IdempotencyKey, candidateId, projectId, draft.Kind, OutreachChannelNames.BuiltIn, message.Subject, message.Body),
            cancellationToken);
        switch (sent.Outcome)
        {
            case OutreachSendOutcome.Refused:
                return NotSent(phrases.Say("not_sent", ("name", profile.Name), ("reason", sent.Refusal!.Detail)), projectId);
            case OutreachSendOutcome.Failed:
                // A channel's failure may pass: the supervisor retries the step with the same key, and the ledger sends it at most once.
                throw new InvalidOperationException(phrases.Say("not_sent", ("name", profile.Name), ("reason", sent.FailureReason ?? "")));
        }

        // An answer to the candidate's question is no outreach: it moves no one and is no choice of whom to contact.
        var outreach = draft.Kind != ContactKind.Answer;
        if (outreach && snapshot.Pipeline.FirstOrDefault(e => e.CandidateId == candidateId) is { } entry && BeforeContact.Contains(entry.Stage))
        {
            await step.Project.Move(candidateId, PipelineStage.Contacted, step.Recruiter, phrases.Say("moved"));
        }

        if (outreach && sent.Outcome == OutreachSendOutcome.Sent)
        {
            // Sent because the recruiter approved it (or their policy sends on its own): their choice of whom to contact.
            await step.Project.RecordActions([new RecruiterAction(RecruiterActionKind.Messaged, candidateId, step.Recruiter, ActionOrigin.Recruiter, default)]);
        }

        followUps.AfterSend(step.State, ledger.Index, projectId, candidateId, sent.Message!.QueuedAt);
        var summary = phrases.Say(
            sent.Outcome != OutreachSendOutcome.Sent ? "already_sent" : draft.Kind switch { ContactKind.FollowUp => "sent_follow_up", ContactKind.Answer => "sent_answer", _ => "sent" },
            ("name", profile.Name));
        return new StepResult<SendMessageOutput>(summary, new SendMessageOutput(sent.Message!.Id), ProjectId: projectId);
    }

    /// <summary>The send-message step that offers a drafted message for the Send approval, its subject and text editable there: what every draft is followed by.</summary>
    public static PlanStep Offer(SendMessageInput input, string summary) =>
        FollowUpStep.For(AgentKind.Outreach, PlanActions.SendMessage, input, needsApproval: true, ApprovalAction.Send, summary);

    private static StepResult<SendMessageOutput> NotSent(string summary, string projectId) => new(summary, new SendMessageOutput(), ProjectId: projectId);

    /// <summary>Nothing is sent; the message goes back to the approvals as the recruiter wrote it, with the reasons, to edit again or reject.</summary>
    private StepResult<SendMessageOutput> Refused(CandidateProfile profile, SendMessageInput input, DraftReview review, string projectId)
    {
        var reasons = string.Join(" ", review.Issues.Where(i => i.Blocking).Select(i => i.Reason));
        var again = Offer(input with { Project = projectId }, phrases.Say("resend_summary", ("name", profile.Name), ("reasons", reasons)));
        return new StepResult<SendMessageOutput>(phrases.Say("not_sent_checks", ("name", profile.Name), ("reasons", reasons)), new SendMessageOutput(), ProjectId: projectId, FollowUps: [again]);
    }
}
