using Hiring.Agents.Outreach.Contacts;
using Microsoft.Extensions.Options;

namespace Hiring.Agents.Outreach.FollowUps;

/// <summary>
/// The due list in the outreach agent's state: after each message that goes out the thread's next
/// follow-up falls due <see cref="FollowUpOptions.After"/> later, unless the thread may have none;
/// the reminder takes what is due and still allowed (a reply since drops it).
/// </summary>
public sealed class FollowUpSchedule(IOptions<FollowUpOptions> options)
{
    private readonly FollowUpOptions _options = options.Value;

    public TimeSpan CheckEvery => _options.CheckEvery;

    /// <summary>After a message of the thread went out at <paramref name="sentAt"/>: schedules its next follow-up, or forgets it when it may have none.</summary>
    public void AfterSend(OutreachState state, ContactIndex index, string projectId, string candidateId, DateTimeOffset sentAt)
    {
        Forget(state, candidateId);
        if (FollowUpRules.Next(index, projectId, candidateId) is not null)
        {
            state.FollowUps.Add(new FollowUpDue(candidateId, sentAt + _options.After));
            if (state.FollowUps.Count > OutreachState.MaxFollowUpsDue)
            {
                // Far past any real project's size: the longest-waiting thread is left to the recruiter's "follow up" in chat.
                state.FollowUps.RemoveRange(0, state.FollowUps.Count - OutreachState.MaxFollowUpsDue);
            }
        }
    }

    /// <summary>Removes and returns the follow-ups due at <paramref name="now"/> that the threads still allow; those a reply or the limit stopped are dropped.</summary>
    public static IReadOnlyList<FollowUpDue> TakeDue(OutreachState state, ContactIndex index, string projectId, DateTimeOffset now)
    {
        var due = state.FollowUps.Where(f => f.DueAt <= now).ToList();
        state.FollowUps.RemoveAll(f => f.DueAt <= now);
        return [.. due.Where(f => FollowUpRules.Next(index, projectId, f.CandidateId) is not null)];
    }

    public static void Forget(OutreachState state, string candidateId) => state.FollowUps.RemoveAll(f => f.CandidateId == candidateId);
}
