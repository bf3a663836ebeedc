using Hiring.Agents.Sourcing;
using Hiring.Agents.Supervisor;
using static Hiring.Agents.Tests.Privacy.ErasedPeople;

namespace Hiring.Agents.Tests.Sourcing;

/// <summary>An erased candidate leaves what sourcing learned from the recruiter about them.</summary>
public sealed class SourcingStateErasureTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TheRecruitersReactionsToThemAndTheirPlaceAmongTheLikedProfilesGo()
    {
        var state = new SourcingState
        {
            Feedback =
            [
                new FeedbackEntry(Now, "acme/rita", Anouk, true, FeedbackReason.None, "Anouk looks right", FeedbackEntry.Chat, 1),
                new FeedbackEntry(Now, "acme/rita", Bodhi, true, FeedbackReason.None, "Bodhi too, like Anouk Lindqvist", FeedbackEntry.Chat, 2),
            ],
            Preferences = SourcingPreferences.None with { Liked = [Anouk, Bodhi] },
            LegacyFoundBy = new() { [Anouk] = "go AND berlin", [Bodhi] = "go AND berlin" },
        };

        Assert.True(state.EraseCandidate(Redaction));

        var kept = Assert.Single(state.Feedback);
        Assert.Equal((Bodhi, "Bodhi too, like [erased]"), (kept.CandidateId, kept.Words));
        Assert.Equal([Bodhi], state.Preferences.Liked);
        Assert.Equal([Bodhi], state.LegacyFoundBy.Keys);
        Assert.False(NamesAnouk(EventJson.Serialize(state)));
        Assert.False(state.EraseCandidate(Redaction));
    }
}
