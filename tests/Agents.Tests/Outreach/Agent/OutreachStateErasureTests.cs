using Hiring.Agents.Outreach;
using Hiring.Agents.Outreach.FollowUps;
using Hiring.Agents.Supervisor;
using static Hiring.Agents.Tests.Privacy.ErasedPeople;

namespace Hiring.Agents.Tests.Outreach.Agent;

/// <summary>An erased candidate's draft waiting for its send approval and their due follow-up leave the outreach agent.</summary>
public sealed class OutreachStateErasureTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TheirDraftAndDueFollowUpGoAndAnotherCandidatesStay()
    {
        var state = new OutreachState();
        state.Keep(new KeptDraft(Anouk, "A Go role", "Hi Anouk, you built payments at Bar.", [new KeptFact("experience", "built payments at Bar", null)], Now));
        var bodhi = new KeptDraft(Bodhi, "A Go role", "Hi Bodhi, you led the Go migration.", [], Now);
        state.Keep(bodhi);
        state.FollowUps.AddRange([new FollowUpDue(Anouk, Now.AddDays(3)), new FollowUpDue(Bodhi, Now.AddDays(3))]);

        Assert.True(state.EraseCandidate(Redaction));

        Assert.Equal([bodhi], state.Drafts);
        Assert.Equal([Bodhi], state.FollowUps.Select(f => f.CandidateId));
        Assert.False(NamesAnouk(EventJson.Serialize(state)));
        Assert.False(state.EraseCandidate(Redaction));
    }
}
