using Hiring.Agents.Tests.Reasoning.Support;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Tests.Reasoning;

/// <summary>
/// Found in the held-out approvals round 8: a question about what approving would do decided it, a thank-you with a softening
/// particle approved, a bare no after the project it names was lost beside an approval of the other one, and "reject first"
/// was read as feedback on a first candidate nobody had been shown.
/// </summary>
public sealed class ApprovalConditionsAndNamedRefusalsTests
{
    // "If I approve, will you…?" in French, Italian, Portuguese, Dutch and Spanish: a question about the verdict, no verdict.
    [Theory]
    [InlineData("si je valide, vous envoyez les messages tout de suite ?")]
    [InlineData("se approvo, la ricerca parte subito?")]
    [InlineData("se eu aprovar, vocês já contactam as pessoas?")]
    [InlineData("als ik dit goedkeur, gaan jullie dan meteen zoeken?")]
    [InlineData("si lo apruebo, ¿empiezan hoy a buscar?")]
    // A thank-you closed or led by a softening particle (Singapore, India, the Philippines) acknowledges; it approves nothing.
    [InlineData("okay thanks lah")]
    [InlineData("ok lah, thank you")]
    [InlineData("thank you po")]
    [InlineData("thanks ji")]
    [InlineData("cool thx ya")]
    public async Task AQuestionAboutApprovingOrAThankYouDecidesNothing(string message)
    {
        var plan = await WaitingApprovals.PlanAsync(message, WaitingApprovals.Qualifications);

        Assert.Empty(WaitingApprovals.Decided(plan));
    }

    // The same words as a verdict of their own still decide: the condition is the clause's opening "if", not the word.
    [Theory]
    [InlineData("si, apruébalo")]
    [InlineData("oui, je valide")]
    public async Task AYesWithoutItsAccentStillDecides(string message)
    {
        Assert.Equal([("p1-s1", "approve")], WaitingApprovals.Decided(await WaitingApprovals.PlanAsync(message, WaitingApprovals.Qualifications)));
    }

    // One project approved, the other refused by a bare no after its name, with or without the reason after it.
    [Theory]
    [InlineData("backend quals are a go. paralegal one no")]
    [InlineData("the Berlin requirements, approved. Cork search no, the partner wants to wait")]
    [InlineData("Berlín, aprobado. La de Cork no, falta el presupuesto")]
    // Named by its place beside a word of the request it was written with ("the Cork litigation one").
    [InlineData("go ahead with the backend quals. the Cork litigation one no, partner is away")]
    public async Task ABareNoAfterTheProjectItNamesRefusesItBesideTheOtherApproved(string message)
    {
        var plan = await WaitingApprovals.PlanBesideParalegalAsync(message, WaitingApprovals.Qualifications, WaitingApprovals.ParalegalSearch);

        Assert.Equal([("p1-s1", "approve"), ("p3-s1", "reject")], WaitingApprovals.Decided(plan));
    }

    // "First" bare after the verb says when, not which candidate: the approval waiting is refused.
    [Theory]
    [InlineData("budget is frozen till Q2 lah. Reject first.")]
    [InlineData("hm wants to wait. just decline first, we revisit next month")]
    public async Task RejectFirstRefusesWhatWaits(string message)
    {
        Assert.Equal([("p1-s1", "reject")], WaitingApprovals.Decided(await WaitingApprovals.PlanAsync(message, WaitingApprovals.Qualifications)));
    }

    // "The first" or "first one" still names a candidate shown.
    [Theory]
    [InlineData("reject the first")]
    [InlineData("skip first one, keep #3")]
    public async Task TheFirstStillNamesACandidate(string message)
    {
        Assert.Equal(PlanIntent.CandidateFeedback, (await WaitingApprovals.PlanAsync(message, WaitingApprovals.Qualifications)).Intent);
    }
}
