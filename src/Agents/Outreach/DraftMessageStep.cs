using Hiring.Agents.Identity;
using Hiring.Agents.Outreach.Channels;
using Hiring.Agents.Outreach.Contacts;
using Hiring.Agents.Outreach.Drafting;
using Hiring.Agents.Outreach.Steps;
using Hiring.Agents.SubAgents;
using Hiring.Contracts.Outreach;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Reasoning.Tasks;

namespace Hiring.Agents.Outreach;

/// <summary>
/// draft-message: finds who the recruiter means in the project's pipeline, composes a first message
/// for each from their profile, the spec and its FAQ (the outreach-draft task: built-in, or a model whose
/// draft passed the same checks), and offers only drafts that pass every check
/// and that the contact ledger would send (not blocked, not contacted before). Each draft is kept
/// and followed by its own send-message step, which asks for the Send approval with the subject and
/// text as editable inputs. Drafting itself sends nothing, so it asks for no approval of its own.
/// </summary>
public sealed class DraftMessageStep(OutreachRecipients recipients, IReasoningTask<OutreachRequest, OutreachDraft> composer, DraftChecker checker, ContactLedgers ledgers, OutreachPhrases phrases, TimeProvider time)
    : StepHandler<OutreachState, DraftMessageInput, DraftMessageOutput>
{
    public override string Action => PlanActions.DraftMessage;

    public override async Task<StepResult<DraftMessageOutput>> RunAsync(StepContext<OutreachState> step, DraftMessageInput input, CancellationToken cancellationToken = default)
    {
        var projectId = step.ProjectId ?? input.Project ?? GrainKeys.IdOf(step.AgentKey);
        var snapshot = await step.Project.Snapshot();
        if (snapshot.Spec is not { } spec)
        {
            return new StepResult<DraftMessageOutput>(phrases.Say("no_spec", ("project", projectId)), new DraftMessageOutput([]), ProjectId: projectId);
        }

        var choice = await recipients.ChooseAsync(step.Tenant, snapshot, input, step.Slots, cancellationToken);
        if (choice.Question is { } question)
        {
            return new StepResult<DraftMessageOutput>(question, new DraftMessageOutput([]), ProjectId: projectId, Question: question);
        }

        if (choice.Recipients.Count == 0)
        {
            return new StepResult<DraftMessageOutput>(choice.Note ?? phrases.Say("drafted_none"), new DraftMessageOutput([]), ProjectId: projectId);
        }

        var qualifications = await step.Project.ApprovedQualifications();
        var ledger = await ledgers.OpenAsync(step.Tenant, cancellationToken);
        var context = new ReasoningContext(step.Tenant, step.Recruiter, GrainKeys.Project(step.Tenant, projectId));
        var drafted = new List<Recipient>();
        var skipped = new List<string>();
        var followUps = new List<PlanStep>();
        foreach (var recipient in choice.Recipients)
        {
            var draft = await composer.RunAsync(new OutreachRequest(recipient.Profile, spec, qualifications, new OutreachSettings(FollowUps: 0)), context, cancellationToken);
            var first = draft.Messages[0];
            if (await RefusalAsync(ledger, step, projectId, recipient, first, cancellationToken) is { } refused)
            {
                skipped.Add(phrases.Say("not_drafted", ("name", recipient.Profile.Name), ("reason", refused)));
                continue;
            }

            var review = checker.Check(recipient.Profile, spec, draft, OutreachLength.Short);
            if (!review.Passed)
            {
                var reasons = string.Join(" ", review.Issues.Where(i => i.Blocking).Select(i => i.Reason));
                skipped.Add(phrases.Say("not_drafted", ("name", recipient.Profile.Name), ("reason", phrases.Say("draft_failed_checks", ("reasons", reasons)))));
                continue;
            }

            step.State.Keep(new KeptDraft(recipient.CandidateId, first.Subject, first.Body, [.. draft.Facts.Select(KeptFact.From)], time.GetUtcNow()));
            drafted.Add(recipient);
            followUps.Add(SendMessageStep.Offer(new SendMessageInput([recipient.CandidateId], first.Subject, first.Body, projectId), phrases.Say("send_summary", ("name", recipient.Profile.Name))));
        }

        var summary = drafted.Count > 0
            ? phrases.Say("drafted", ("count", Count(drafted.Count)), ("names", string.Join(", ", drafted.Select(r => r.Profile.Name))))
            : phrases.Say("drafted_none");
        summary = string.Join(" ", [summary, .. skipped]);
        return new StepResult<DraftMessageOutput>(summary, new DraftMessageOutput([.. drafted.Select(r => r.CandidateId)]), ProjectId: projectId, FollowUps: followUps);
    }

    /// <summary>Why the ledger would refuse a first message to the candidate now (do-not-contact, unsubscribed, contacted before), or null.</summary>
    private static async Task<string?> RefusalAsync(ContactLedger ledger, StepContext<OutreachState> step, string projectId, Recipient recipient, OutreachMessage first, CancellationToken cancellationToken)
    {
        var probe = new OutreachSend($"{step.Command.IdempotencyKey}/{recipient.CandidateId}", recipient.CandidateId, projectId, ContactKind.FirstOutreach, OutreachChannelNames.BuiltIn, first.Subject, first.Body);
        return (await ledger.CheckAsync(probe, cancellationToken)).Refusal?.Detail;
    }

    private string Count(int drafts) =>
        drafts == 1 ? phrases.Say("count_one") : phrases.Say("count_many", ("count", drafts.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
