using Hiring.Agents.Tests.Reasoning.Support;
using Hiring.Contracts.Planning;
using Hiring.Reasoning.Planning;
using Hiring.Reasoning.Tasks;

namespace Hiring.Agents.Tests.Reasoning;

/// <summary>
/// Verdicts as families of words across languages (go ahead, looks good, not yet, hold the search), a yes before the work that
/// needs what it approves, and the revision named as the new version.
/// </summary>
public sealed class ApprovalLanguageTests
{
    private static readonly PendingApproval Qualifications = WaitingApprovals.Qualifications;

    private static readonly PendingApproval Search = WaitingApprovals.Search;

    private static Task<Plan> PlanAsync(string message, params PendingApproval[] waiting) => WaitingApprovals.PlanAsync(message, waiting);

    private static List<(string Approvals, string Verdict)> Decided(Plan plan) => WaitingApprovals.Decided(plan);

    // Setting the search going, in Norwegian, Czech, Swedish, Portuguese, German, French and Turkish.
    [Theory]
    [InlineData("ja, kjør på")]
    [InlineData("dobře, spusťte to")]
    [InlineData("okej, sätt igång")]
    [InlineData("vamos lá!")]
    [InlineData("na dann mal los")]
    [InlineData("c'est parti")]
    [InlineData("Evet, başlat")]
    public async Task AGoAheadInOtherLanguagesApprovesTheSearch(string message)
    {
        Assert.Equal([("p2-s1", "approve")], Decided(await PlanAsync(message, Search)));
    }

    // Looking good, in Dutch, Polish, Swedish and Italian: the qualifications approved.
    [Theory]
    [InlineData("ziet er goed uit")]
    [InlineData("wygląda dobrze")]
    [InlineData("ser bra ut 👍")]
    [InlineData("mi sembra tutto a posto")]
    public async Task LooksGoodInOtherLanguagesApprovesTheQualifications(string message)
    {
        Assert.Equal([("p1-s1", "approve")], Decided(await PlanAsync(message, Qualifications)));
    }

    // Not yet, and the search held, in Norwegian, Czech, Turkish, Tagalog, Spanish, Italian and Danish.
    [Theory]
    [InlineData("ikke ennå")]
    [InlineData("zatím ne, díky")]
    [InlineData("henüz değil")]
    [InlineData("hindi pa po")]
    [InlineData("por ahora no")]
    [InlineData("sospendi la ricerca")]
    [InlineData("stop søgningen")]
    public async Task NotYetInOtherLanguagesRejectsTheSearch(string message)
    {
        Assert.Equal([("p2-s1", "reject")], Decided(await PlanAsync(message, Search)));
    }

    // Not convinced by the qualifications, in English, German and Dutch: rejected, and the change beside it proposed.
    [Theory]
    [InlineData("not convinced by these — kubernetes should only be a nice to have")]
    [InlineData("überzeugt mich nicht, Kubernetes nur als Plus bitte")]
    public async Task NotConvincedRejectsAndProposesTheChange(string message)
    {
        var plan = await PlanAsync(message, Qualifications);

        Assert.Equal([("p1-s1", "reject")], Decided(plan));
        Assert.Equal(PlanIntent.RefineRequirements, plan.Intent);
    }

    // Turned down with a Dutch separable verb, or the search named by its Portuguese word, beside the search approved: a mixed decision.
    [Theory]
    [InlineData("de zoekopdracht: akkoord. De eisen kloppen niet, die keur ik af.")]
    [InlineData("Aprovo a pesquisa. Os requisitos rejeito, falta Kubernetes.")]
    public async Task ARefusalBesideAnApprovalIsMixed(string message)
    {
        var decided = Decided(await PlanAsync(message, Qualifications, Search));

        Assert.Equal([("p2-s1", "approve"), ("p1-s1", "reject")], decided);
    }

    // The revision that waits, named as the new version of what was there, is what the verdict approves.
    [Theory]
    [InlineData("sure, approve the updated version")]
    [InlineData("aprueba la nueva versión")]
    public async Task ApprovingTheNewVersionApprovesWhatWaits(string message)
    {
        Assert.Equal([("p1-s1", "approve")], Decided(await PlanAsync(message, Qualifications)));
    }

    // Words that set things going elsewhere, but here begin something else, decide nothing.
    [Theory]
    [InlineData("vamos a ver")]
    [InlineData("bora ver")]
    public async Task WordsOfGoingThatBeginSomethingElseDecideNothing(string message)
    {
        Assert.Empty(Decided(await PlanAsync(message, Search)));
    }

    // A yes to the qualifications a new project just proposed, then the search that needs them: approved, and the search follows.
    [Theory]
    [InlineData("looks great, go find me some people")]
    [InlineData("parfait, trouve-moi des candidats")]
    [InlineData("perfeito, podes procurar candidatos")]
    public async Task AYesBeforeTheSearchApprovesTheQualificationsAndSearches(string message)
    {
        var plan = await TestResources.Planner.RunAsync(
            new PlanRequest(message, Dialogue: new DialogueState(WaitingApprovals.Backend, null, Last: PlanIntent.StartProject, Approvals: [Qualifications])), ReasoningContext.None);

        Assert.Equal([("p1-s1", "approve")], Decided(plan));
        Assert.Equal(PlanIntent.FindCandidates, plan.Intent);
    }

    // With the search itself waiting, a yes before asking for people approves nothing: the search asked for is that work.
    [Fact]
    public async Task AYesBeforeTheSearchWithTheSearchWaitingDecidesNothing()
    {
        Assert.Empty(Decided(await PlanAsync("ok, find me some candidates for it", Search)));
    }

    // After other talk (no project just proposed), a yes before a search only acknowledges: nothing decided.
    [Fact]
    public async Task AYesBeforeTheSearchAfterOtherTalkDecidesNothing()
    {
        Assert.Empty(Decided(await PlanAsync("great, search for candidates now", Qualifications)));
    }

    // "but" before a change in words the reader cannot tell still sets the change beside the approval: approved, change proposed.
    [Fact]
    public async Task AnApprovalThenButAndAChangeItCannotTellProposesIt()
    {
        var plan = await PlanAsync("goedgekeurd, maar zet er ook Fries bij als pré", Qualifications);

        Assert.Equal([("p1-s1", "approve")], Decided(plan));
        Assert.Equal(PlanIntent.RefineRequirements, plan.Intent);
    }
}
