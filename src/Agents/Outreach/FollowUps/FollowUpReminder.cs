using System.Globalization;
using Hiring.Agents.Outreach.Contacts;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;
using Microsoft.Extensions.Options;

namespace Hiring.Agents.Outreach.FollowUps;

/// <summary>
/// What the outreach agent's follow-up reminder does on a tick: takes the follow-ups due from its
/// state (a thread that had a reply since, or reached the limit, is dropped) and words the message
/// for the project owner's assistant, which plans the follow-up step and asks the Send approval of
/// each. The message id is derived from what is due, so a tick repeated after a crash is one message.
/// </summary>
public sealed class FollowUpReminder(ContactLedgers ledgers, ICandidateAddressBook addresses, OutreachPhrases phrases, IOptions<FollowUpOptions> options)
{
    private const int IdHashLength = 24;

    public async Task<FollowUpCall?> TakeDueAsync(string tenant, ProjectSnapshot project, OutreachState state, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        if (!state.FollowUps.Exists(f => f.DueAt <= now))
        {
            return null;
        }

        var ledger = await ledgers.OpenAsync(tenant, cancellationToken);
        var due = FollowUpSchedule.TakeDue(state, ledger.Index, project.ProjectId, now);
        if (due.Count == 0 || project.Owner is not { } owner)
        {
            return null;
        }

        var names = new List<string>();
        foreach (var followUp in due)
        {
            names.Add((await addresses.FindAsync(tenant, followUp.CandidateId, cancellationToken))?.Name is { Length: > 0 } name ? name : followUp.CandidateId);
        }

        var id = "follow-ups/" + ContactIds.Hash(string.Join('\n', due.Select(f => $"{project.ProjectId}/{f.CandidateId}@{f.DueAt.ToUnixTimeSeconds()}")))[..IdHashLength];
        var text = phrases.Say(
            "follow_ups_due",
            ("project", project.Spec?.Title ?? project.ProjectId),
            ("names", string.Join(", ", names)),
            ("days", options.Value.After.TotalDays.ToString("0.#", CultureInfo.InvariantCulture)));
        return new FollowUpCall(owner, new MessageEnvelope(id, text, project.ProjectId, FollowUps: new FollowUpsDue([.. due.Select(f => f.CandidateId)])));
    }
}
