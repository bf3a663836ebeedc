using Hiring.Agents.Tests.Reasoning.Support;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Reasoning;
using Hiring.Reasoning.Planning;
using Hiring.Reasoning.Tasks;

namespace Hiring.Agents.Tests.Reasoning;

/// <summary>
/// Messages that are no decision while something waits for the recruiter's approval: read as what they are (chat, a question,
/// the search, another role), never as a search or a change to the open role that would leave something else waiting.
/// </summary>
public sealed class NotADecisionPlannerTests
{
    private static readonly OpenProject Nurse = new(
        "nurse-madrid", new JobSpec("ICU Nurse", "icu nurse", "", ["Madrid, ES"], RemotePolicy.Unspecified, EmploymentType.FullTime, "", []), ["icu experience"], ["english"]);

    private static readonly PendingApproval Qualifications = new("p1-s1", ApprovalAction.ApplyQualificationChange, PlanActions.ApplyQualifications, "Intake will apply qualifications: ICU experience", "nurse-madrid");

    private static readonly PendingApproval Search = new("p2-s1", ApprovalAction.StartSourcing, PlanActions.Search, "Sourcing will search: icu nurse in Madrid", "nurse-madrid");

    private static Task<Plan> PlanAsync(string message, PendingApproval waiting) =>
        TestResources.Planner.RunAsync(new PlanRequest(message, Dialogue: new DialogueState(Nurse, null, Approvals: [waiting])), ReasoningContext.None);

    // Time asked to think, to read or to check with someone names a title or a person at most: nothing is asked yet.
    [Theory]
    [InlineData("let me sleep on it")]
    [InlineData("give me a minute to read it through")]
    [InlineData("let me run it past our hiring manager first")]
    [InlineData("lass mich kurz überlegen")]
    [InlineData("laisse-moi réfléchir")]
    [InlineData("fammi pensare un attimo")]
    // Asking someone first, in other languages.
    [InlineData("Sekunde, ich klär das mal mit dem Chefarzt")]
    [InlineData("attends, je demande d'abord au chef de service")]
    [InlineData("wacht, ik vraag het even na bij de afdelingshoofd")]
    [InlineData("espera, le pregunto a la supervisora")]
    // Someone else brought in, or to see it, before the recruiter decides, whatever title that someone has.
    [InlineData("let me bring in the nursing director before we approve")]
    [InlineData("wait, the ward manager would like to review this first")]
    [InlineData("chief medical officer's reading it now, I'll get back to you")]
    public async Task TimeAskedBeforeDecidingIsChat(string message) =>
        Assert.Equal(PlanIntent.SmallTalk, (await PlanAsync(message, Qualifications)).Intent);

    // Thanks and praise in another language, and chat about the recruiter's day, are chat, not the search that waits.
    [Theory]
    [InlineData("takk, du er best")]
    [InlineData("obrigado, você é demais")]
    [InlineData("dank je, je bent geweldig")]
    [InlineData("-12 out there this morning, brr")]
    [InlineData("the train got cancelled again haha")]
    public async Task ThanksPraiseAndChatInAnyLanguageAreSmallTalk(string message) =>
        Assert.Equal(PlanIntent.SmallTalk, (await PlanAsync(message, Search)).Intent);

    // A greeting that announces another role is that role, whose intake asks for its title; not chat.
    [Fact]
    public async Task AGreetingThatAnnouncesARoleIsNoChat() =>
        Assert.Equal(PlanIntent.StartProject, (await TestResources.Planner.RunAsync(new PlanRequest("hey, one of my clinics has a gap to fill"), ReasoningContext.None)).Intent);

    // Help asked with a role not yet named, however the hirer is described, is that role, whose intake asks for its title; not chat.
    [Theory]
    [InlineData("hiya! could you help us out with a role at one of our fintech customers?")]
    [InlineData("can u assist me with a new role for a retail client pls")]
    public async Task HelpAskedWithAnUnnamedRoleIsThatRole(string message) =>
        Assert.Equal(PlanIntent.StartProject, (await TestResources.Planner.RunAsync(new PlanRequest(message), ReasoningContext.None)).Intent);

    // A question about the market for the role (its pay, how hard it is to fill, how long a search takes) changes nothing.
    [Theory]
    [InlineData("what's the going rate for a nurse like this in Leeds?")]
    [InlineData("est-ce difficile de recruter ce profil à Paris ?")]
    [InlineData("is it tough to hire these people in Berlin right now?")]
    [InlineData("how long does a search usually take?")]
    // How soon the work comes back is a question about it, not a search asked for.
    [InlineData("how quickly will the shortlist be ready?")]
    [InlineData("so when would we see some profiles?")]
    public async Task AQuestionAboutTheMarketChangesNothing(string message)
    {
        var plan = await PlanAsync(message, Qualifications);

        Assert.Equal((PlanIntent.Unknown, null), (plan.Intent, plan.ProjectId));
    }

    // A search asked for first, then what it prefers (the project's own country included), is the search, not a change.
    [Theory]
    [InlineData("could you find candidates, preferably people from private hospitals")]
    [InlineData("pls find people, ideally from agencies")]
    [InlineData("source pls - Spain-based only")]
    public async Task ASearchAskedForFirstThenWhatItPrefersIsTheSearch(string message) =>
        Assert.Equal(PlanIntent.FindCandidates, (await PlanAsync(message, Qualifications)).Intent);

    // Another opening announced in another language starts its own project, even where the open one is.
    [Theory]
    [InlineData("noch ne zweite Stelle: forklift driver for the same hospital, Staplerschein required")]
    [InlineData("nog een vacature: receptionist, same hospital, Engels vereist")]
    public async Task AnotherOpeningAnnouncedInAnotherLanguageStartsAProject(string message) =>
        Assert.Equal(PlanIntent.StartProject, (await PlanAsync(message, Search)).Intent);
}
