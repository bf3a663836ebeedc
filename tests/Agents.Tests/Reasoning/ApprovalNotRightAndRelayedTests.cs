using Hiring.Agents.Tests.Reasoning.Support;
using Hiring.Contracts.Planning;
using Hiring.Reasoning.Planning;

namespace Hiring.Agents.Tests.Reasoning;

/// <summary>
/// Verdicts the held-out approvals round 11 missed, each in other words than its eval case: "that isn't right" as a clause of its
/// own before the change it asks for, in several languages; a verdict relayed from someone ("mi jefa dice que no", "il direttore dice
/// di sì"); a change closed by "though" beside an approval; and a title that is strict about it, which is whose the change is.
/// </summary>
public sealed class ApprovalNotRightAndRelayedTests
{
    private static readonly PendingApproval Qualifications = WaitingApprovals.Qualifications;

    [Theory]
    [InlineData("Sorry, that isn't right. The client wants 6 years minimum, not 4.", 6)]
    [InlineData("Nee, dat klopt niet: het moeten minstens 4 jaar ervaring zijn, niet 3.", 4)]
    [InlineData("Das stimmt so nicht – es müssen mindestens 5 Jahre sein, nicht 3.", 5)]
    [InlineData("Ma responsable dit non : elle veut au moins 7 ans d'expérience, pas 4", 7)]
    public async Task NotRightBeforeAChangeRejectsAndProposesTheChange(string message, int years)
    {
        var plan = await WaitingApprovals.PlanAsync(message, Qualifications);

        Assert.Equal([("p1-s1", "reject")], WaitingApprovals.Decided(plan));
        Assert.Equal(PlanIntent.RefineRequirements, plan.Intent);
        Assert.Equal(years, plan.Slots.Years);
    }

    [Theory]
    [InlineData("mi jefa dice que no", "reject")]
    [InlineData("il direttore dice di sì", "approve")]
    [InlineData("onze directeur zegt ja", "approve")]
    public async Task AVerdictRelayedFromSomeoneDecides(string message, string verdict)
    {
        var plan = await WaitingApprovals.PlanAsync(message, Qualifications);

        Assert.Equal([("p1-s1", verdict)], WaitingApprovals.Decided(plan));
    }

    [Fact]
    public async Task AnApprovalWithAChangeClosedByThoughApprovesAndProposesTheChange()
    {
        var plan = await WaitingApprovals.PlanAsync("approved. pls add NFPA 70E training as a nice to have though", Qualifications);

        Assert.Equal([("p1-s1", "approve")], WaitingApprovals.Decided(plan));
        Assert.Equal(PlanIntent.RefineRequirements, plan.Intent);
    }

    [Fact]
    public async Task ATitleStrictAboutTheChangeIsWhoseItIsNotANewRole()
    {
        var plan = await WaitingApprovals.PlanAsync("het moet minimaal 6 jaar zijn, de filiaalmanager is daar erg streng in", Qualifications);

        Assert.Equal(PlanIntent.RefineRequirements, plan.Intent);
        Assert.Equal(6, plan.Slots.Years);
    }
}
