using Hiring.Agents.Tests.Reasoning.Support;
using Hiring.Contracts.Planning;
using Hiring.Reasoning.Planning;

namespace Hiring.Agents.Tests.Reasoning;

/// <summary>
/// Verdicts in the registers and languages recruiters use (a casual "send it", a formal "hereby", a misspelt go-ahead, Turkish),
/// a yes with the change it asks for, refusals among words of regret or naming the search stopped, and verdicts put off to later.
/// </summary>
public sealed class ApprovalRegisterTests
{
    private static readonly PendingApproval Qualifications = WaitingApprovals.Qualifications;

    private static readonly PendingApproval Search = WaitingApprovals.Search;

    private static Task<Plan> PlanAsync(string message, params PendingApproval[] waiting) => WaitingApprovals.PlanAsync(message, waiting);

    private static List<(string Approvals, string Verdict)> Decided(Plan plan) => WaitingApprovals.Decided(plan);

    // "send it" points at what waits: with only qualifications waiting it tells it to go ahead with them.
    [Theory]
    [InlineData("yeah all sorted, send it off")]
    [InlineData("sure thing, send them through 👌")]
    // A formal register, a misspelt go-ahead, Turkish and Rioplatense yeses.
    [InlineData("We hereby approve the requirements listed above.")]
    [InlineData("ok its all fine go ahed")]
    [InlineData("Evet, onayladım")]
    [InlineData("Tamam, devam et")]
    [InlineData("bárbaro, aprobado")]
    public async Task AYesInAnotherRegisterApprovesWhatWaits(string message)
    {
        Assert.Equal([("p1-s1", "approve")], Decided(await PlanAsync(message, Qualifications)));
    }

    // A yes, then the change it asks for: the qualifications approved, the change proposed after them.
    [Theory]
    [InlineData("fine, but kubernetes should be a must")]
    [InlineData("ok but make Go a nice to have")]
    [InlineData("passt, aber Kubernetes bitte als Pflicht")]
    [InlineData("d'accord, mais Kubernetes obligatoire")]
    [InlineData("vale, pero quítale lo de Kubernetes")]
    public async Task AYesBesideAChangeApprovesAndProposesTheChange(string message)
    {
        var plan = await PlanAsync(message, Qualifications);

        Assert.Equal([("p1-s1", "approve")], Decided(plan));
        Assert.Equal(PlanIntent.RefineRequirements, plan.Intent);
    }

    // A yes beside no change, or beside a question, decides nothing; nor does one agreeing with the change it goes on to ask for.
    [Theory]
    [InlineData("ok, let me think about it")]
    [InlineData("right yeah, make kubernetes a must then")]
    [InlineData("sure, I need to run it past the CTO first")]
    [InlineData("fine, but can kubernetes be a must?")]
    public async Task AYesBesideNoChangeDecidesNothing(string message)
    {
        Assert.Empty(Decided(await PlanAsync(message, Qualifications)));
    }

    // A bare no among words of regret or second thought, and the search stopped in so many words, in several languages.
    [Theory]
    [InlineData("no sorry, the client froze the budget")]
    [InlineData("ok actually no — the team lead wants to promote an intern first")]
    [InlineData("nah, call off the search, a referral came through")]
    [InlineData("Nej, avbryt sökningen, vi anställer internt")]
    [InlineData("arrête la recherche, on a une candidate en interne")]
    [InlineData("Aramayı iptal et, şirket içinden biri bulundu")]
    public async Task ARefusalInOtherWordsRejectsWhatWaits(string message)
    {
        var waiting = message.StartsWith("no", StringComparison.Ordinal) || message.StartsWith("ok", StringComparison.Ordinal) ? Qualifications : Search;

        Assert.Equal([(waiting.Id, "reject")], Decided(await PlanAsync(message, waiting)));
    }

    // A verdict put off to later, and stopping negated, decide nothing.
    [Theory]
    [InlineData("approving it tomorrow")]
    [InlineData("will sign off tonight")]
    [InlineData("keur ik vanavond goed")]
    [InlineData("lo apruebo mañana")]
    [InlineData("don't stop the search")]
    public async Task AVerdictPutOffOrNegatedDecidesNothing(string message)
    {
        Assert.Empty(Decided(await PlanAsync(message, Qualifications, Search)));
    }

    // "no wait" puts right what the recruiter just said; it refuses nothing that waits.
    [Theory]
    [InlineData("no wait, the hiring manager changed last week, it's Priya Nair now")]
    [InlineData("nee wacht, de klant heet Brouwer, niet Bakker")]
    public async Task NoWaitBeforeACorrectionDecidesNothing(string message)
    {
        Assert.Empty(Decided(await PlanAsync(message, Qualifications)));
    }

    // Word promised after asking someone, in Hindi, Tagalog and Turkish: no decision and no new project, whatever title the someone has.
    [Theory]
    [InlineData("ruko, HR head se pooch ke bataunga")]
    [InlineData("sandali lang po, i-check ko muna sa finance director")]
    [InlineData("genel müdüre sorup dönerim")]
    [InlineData("wait, let me confirm with the plant manager first")]
    public async Task WordPromisedAfterAskingSomeoneStartsNothing(string message)
    {
        var plan = await PlanAsync(message, Search);

        Assert.Empty(Decided(plan));
        Assert.NotEqual(PlanIntent.StartProject, plan.Intent);
    }

    // What waits, asked about, is where the project stands: nothing decided, no search started.
    [Theory]
    [InlineData("so what exactly am I approving here?")]
    public async Task AQuestionAboutWhatWaitsIsTheProjectStatus(string message)
    {
        var plan = await PlanAsync(message, Qualifications);

        Assert.Empty(Decided(plan));
        Assert.Equal(PlanIntent.ProjectStatus, plan.Intent);
    }

    // Another role asked for in Turkish beside the open one's search: a project of its own, nothing decided.
    [Fact]
    public async Task ARoleAskedForInTurkishStartsAProject()
    {
        var plan = await PlanAsync("Bir de İzmir ofisimiz için muhasebe uzmanı lazım, en az 2 yıl deneyim", Search);

        Assert.Empty(Decided(plan));
        Assert.Equal(PlanIntent.StartProject, plan.Intent);
    }

    // Thanks after a word of praise said the Kiwi way, and thanks in French words a slip of spelling could misread, are chat.
    [Theory]
    [InlineData("good as gold, cheers")]
    [InlineData("sweet as ta")]
    [InlineData("super, merci quand même !")]
    public async Task ThanksInFewWordsIsChat(string message)
    {
        Assert.Equal(PlanIntent.SmallTalk, (await PlanAsync(message)).Intent);
    }
}
