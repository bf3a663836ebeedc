using System.Globalization;
using Hiring.Agents.Identity;
using Hiring.Agents.Outreach.Contacts;
using Hiring.Agents.Outreach.Scheduling;
using Hiring.Agents.Outreach.Steps;
using Hiring.Agents.SubAgents;
using Hiring.Contracts.Outreach;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Scheduling;

namespace Hiring.Agents.Outreach;

/// <summary>
/// schedule-screen, after the recruiter's Send approval: finds the one candidate meant (an id, a
/// name, or a position in the ranking: "the second one"), cuts the recruiter's availability in the
/// window asked for ("next week"; the coming days otherwise) into slots, skips those the recruiter
/// has booked, records the offer in the tenant's screen book and sends it to the candidate through
/// the contact ledger (a blocked candidate is refused there, and nothing is offered). The candidate
/// picks on their page. No availability yet, or no one clearly meant, is one question.
/// </summary>
public sealed class ScheduleScreenStep(OutreachRecipients recipients, ContactLedgers ledgers, ScreenDesk desk, ScreenMessages messages, IAvailabilityReader availability, SchedulingPhrases phrases, TimeProvider time)
    : StepHandler<OutreachState, ScheduleScreenInput, ScheduleScreenOutput>
{
    public override string Action => PlanActions.ScheduleScreen;

    public override async Task<StepResult<ScheduleScreenOutput>> RunAsync(StepContext<OutreachState> step, ScheduleScreenInput input, CancellationToken cancellationToken = default)
    {
        var projectId = step.ProjectId ?? input.Project ?? GrainKeys.IdOf(step.AgentKey);
        var snapshot = await step.Project.Snapshot();
        var title = snapshot.Spec?.Title ?? projectId;
        if (await availability.ReadAsync(step.Recruiter) is not { Windows.Count: > 0 } hours)
        {
            return Ask(phrases.Say("no_availability"), projectId);
        }

        var choice = await ChooseAsync(step, snapshot, input, projectId, cancellationToken);
        if (choice.Question is { } question || choice.Recipients.Count != 1)
        {
            return Ask(choice.Question ?? choice.Note ?? phrases.Say("which", ("choices", string.Join(", ", choice.Recipients.Select(r => $"{r.Profile.Name} ({r.CandidateId})")))), projectId);
        }

        var recipient = choice.Recipients[0];
        var ledger = await ledgers.OpenAsync(step.Tenant, cancellationToken);
        if (await ScreenMessages.RefusalAsync(ledger, step.Command.IdempotencyKey, recipient.CandidateId, projectId, cancellationToken) is { } refused)
        {
            return NotOffered(phrases.Say("not_scheduled", ("name", recipient.Profile.Name), ("reason", refused)), projectId);
        }

        var request = input.Request ?? "";
        var minutes = phrases.Minutes(request);
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZones.Get(hours.TimeZone)).DateTime);
        var (from, to) = phrases.Window(request, today);
        var book = await desk.OpenAsync(step.Tenant, cancellationToken);
        var slots = SlotFinder.Find(hours, from, to, minutes, phrases.SlotsOffered, book.Busy(step.Recruiter), now);
        if (slots.Count == 0)
        {
            return NotOffered(phrases.Say("no_slots", ("minutes", Show(minutes)), ("from", Show(from)), ("to", Show(to)), ("zone", hours.TimeZone)), projectId);
        }

        var screen = await book.ProposeAsync(new Screen(
            "s-" + ContactIds.Hash(step.Command.IdempotencyKey)[..24], projectId, recipient.CandidateId, step.Recruiter,
            ContactIds.Thread(projectId, recipient.CandidateId), hours.TimeZone, minutes, slots, ScreenStatus.Proposed, null, 0), cancellationToken);
        var sent = await messages.ProposeAsync(ledger, step.Command.IdempotencyKey, screen, title, cancellationToken);
        switch (sent.Outcome)
        {
            case OutreachSendOutcome.Refused:
                return NotOffered(phrases.Say("not_scheduled", ("name", recipient.Profile.Name), ("reason", sent.Refusal!.Detail)), projectId);
            case OutreachSendOutcome.Failed:
                // The supervisor retries the step with the same key: the same screen, and the ledger sends the offer at most once.
                throw new InvalidOperationException(phrases.Say("not_scheduled", ("name", recipient.Profile.Name), ("reason", sent.FailureReason ?? "")));
        }

        var summary = phrases.Say(
            "proposed", ("name", recipient.Profile.Name), ("count", Show(screen.Slots.Count)), ("minutes", Show(minutes)), ("zone", screen.TimeZone),
            ("slots", string.Join("; ", screen.Slots.Select(s => ScreenTimes.Show(s, screen.TimeZone)))));
        return new StepResult<ScheduleScreenOutput>(summary, new ScheduleScreenOutput(screen.Id), ProjectId: projectId);
    }

    /// <summary>The candidate meant: named ids first, then a position in the ranking ("the second one"), then a name in the request.</summary>
    private async Task<RecipientChoice> ChooseAsync(StepContext<OutreachState> step, ProjectSnapshot snapshot, ScheduleScreenInput input, string projectId, CancellationToken cancellationToken)
    {
        var request = input.Request ?? "";
        if (input.Candidates is not { Count: > 0 } && input.Candidate is null && phrases.Position(request) is { } position)
        {
            var ranked = snapshot.Pipeline.Where(e => e.Stage != PipelineStage.Archived).OrderByDescending(e => e.Score ?? -1).ToList();
            if (position < 1 || position > ranked.Count)
            {
                return RecipientChoice.Ask(phrases.Say("who", ("project", snapshot.Spec?.Title ?? projectId)));
            }

            input = input with { Candidates = [ranked[position - 1].CandidateId] };
        }

        // The count a request states ("a 30 minute call") is no number of candidates here.
        var slots = step.Slots with { Count = null };
        var chosen = await recipients.ChooseAsync(step.Tenant, snapshot, new DraftMessageInput(request, input.Candidate, input.Candidates?.Take(1).ToList(), null, projectId), slots, cancellationToken);
        return chosen.Question is null && chosen.Recipients.Count == 0 ? RecipientChoice.Ask(phrases.Say("who", ("project", snapshot.Spec?.Title ?? projectId))) : chosen;
    }

    private static StepResult<ScheduleScreenOutput> Ask(string question, string projectId) => new(question, new ScheduleScreenOutput(), ProjectId: projectId, Question: question);

    private static StepResult<ScheduleScreenOutput> NotOffered(string summary, string projectId) => new(summary, new ScheduleScreenOutput(), ProjectId: projectId);

    private static string Show(int number) => number.ToString(CultureInfo.InvariantCulture);

    private static string Show(DateOnly date) => date.ToString("ddd d MMM", CultureInfo.InvariantCulture);
}
