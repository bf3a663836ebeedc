using System.Globalization;
using Hiring.Agents.Identity;
using Hiring.Agents.Outreach.Contacts;
using Hiring.Agents.Outreach.FollowUps;
using Hiring.Agents.Outreach.Steps;
using Hiring.Agents.SubAgents;
using Hiring.Contracts.Outreach;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Talent;
using Hiring.Talent;

namespace Hiring.Agents.Outreach;

/// <summary>
/// follow-up: drafts the next follow-up for each thread of the project (or each candidate named)
/// that may have one (a first message went out, no reply, fewer than two follow-ups, not blocked),
/// keeps it and follows it with its own send-message step, which asks for the Send approval with the
/// subject and text as editable inputs. Drafting sends nothing; the ledger checks the thread again
/// at send time, so a reply that arrives while the approval waits still stops it.
/// </summary>
public sealed class DraftFollowUpStep(IProfileStore profiles, FollowUpWriter writer, ContactLedgers ledgers, OutreachPhrases phrases, TimeProvider time)
    : StepHandler<OutreachState, FollowUpInput, DraftMessageOutput>
{
    public override string Action => PlanActions.FollowUp;

    public override async Task<StepResult<DraftMessageOutput>> RunAsync(StepContext<OutreachState> step, FollowUpInput input, CancellationToken cancellationToken = default)
    {
        var projectId = step.ProjectId ?? input.Project ?? GrainKeys.IdOf(step.AgentKey);
        var snapshot = await step.Project.Snapshot();
        if (snapshot.Spec is not { } spec)
        {
            return new StepResult<DraftMessageOutput>(phrases.Say("no_spec", ("project", projectId)), new DraftMessageOutput([]), ProjectId: projectId);
        }

        var ledger = await ledgers.OpenAsync(step.Tenant, cancellationToken);
        var candidates = input.Candidates is { Count: > 0 } named
            ? named
            : [.. snapshot.Pipeline.Where(e => e.Stage != PipelineStage.Archived).Select(e => e.CandidateId)];
        var turns = candidates.Distinct(StringComparer.Ordinal)
            .Select(id => (Id: id, Turn: FollowUpRules.Next(ledger.Index, projectId, id)))
            .Where(t => t.Turn is not null)
            .ToList();
        if (turns.Count == 0)
        {
            return new StepResult<DraftMessageOutput>(phrases.Say("follow_ups_none", ("project", spec.Title)), new DraftMessageOutput([]), ProjectId: projectId);
        }

        var found = await profiles.GetManyAsync([TalentPoolScope.Private(step.Tenant), TalentPoolScope.Public], [.. turns.Select(t => t.Id)], cancellationToken);
        var qualifications = await step.Project.ApprovedQualifications();
        var drafted = new List<CandidateProfile>();
        var notes = new List<string>();
        var sends = new List<PlanStep>();
        foreach (var (candidateId, turn) in turns)
        {
            if (!found.TryGetValue(candidateId, out var profile))
            {
                notes.Add(phrases.Say("not_drafted", ("name", candidateId), ("reason", phrases.Say("unknown_profile"))));
                continue;
            }

            var draft = writer.Write(profile, spec, qualifications, turn!);
            if (!draft.Review.Passed)
            {
                var reasons = string.Join(" ", draft.Review.Issues.Where(i => i.Blocking).Select(i => i.Reason));
                notes.Add(phrases.Say("not_drafted", ("name", profile.Name), ("reason", phrases.Say("draft_failed_checks", ("reasons", reasons)))));
                continue;
            }

            var message = draft.Message;
            step.State.Keep(new KeptDraft(candidateId, message.Subject, message.Body, [.. draft.Facts.Select(KeptFact.From)], time.GetUtcNow(), ContactKind.FollowUp));
            FollowUpSchedule.Forget(step.State, candidateId);
            drafted.Add(profile);
            sends.Add(SendMessageStep.Offer(
                new SendMessageInput([candidateId], message.Subject, message.Body, projectId),
                phrases.Say("follow_up_summary", ("name", profile.Name), ("number", turn!.Number.ToString(CultureInfo.InvariantCulture)))));
        }

        var summary = drafted.Count > 0
            ? phrases.Say("follow_ups_drafted", ("count", drafted.Count.ToString(CultureInfo.InvariantCulture)), ("names", string.Join(", ", drafted.Select(p => p.Name))))
            : phrases.Say("drafted_none");
        return new StepResult<DraftMessageOutput>(string.Join(" ", [summary, .. notes]), new DraftMessageOutput([.. drafted.Select(p => p.Id)]), ProjectId: projectId, FollowUps: sends);
    }
}
