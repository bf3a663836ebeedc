using Hiring.Agents.Tests.Reasoning.Support;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Reasoning.Planning;
using Hiring.Reasoning.Tasks;

namespace Hiring.Agents.Tests.Reasoning;

/// <summary>
/// A verdict among other clauses, read against what waits: what it points back to, what a label before it names, the
/// question which answered beside a reason, a change beside an approval, and words that only affirm or only ask.
/// </summary>
public sealed class ApprovalVerdictClauseTests
{
    private static readonly OpenProject Backend = WaitingApprovals.Backend;

    private static readonly OpenProject Paralegal = new(
        "paralegal-cork", new JobSpec("Paralegal", "paralegal", "", ["Cork, IE"], RemotePolicy.Unspecified, EmploymentType.FullTime, "", []), [], []);

    private static readonly PendingApproval Qualifications = WaitingApprovals.Qualifications;

    private static readonly PendingApproval Search = WaitingApprovals.Search;

    private static readonly PendingApproval Outreach = new("p2-s3", ApprovalAction.Send, PlanActions.SendMessage, "Outreach will send message: Hi Lena, a backend role in Berlin", "be-berlin");

    private static readonly PendingApproval ParalegalSearch = new("p3-s1", ApprovalAction.StartSourcing, PlanActions.Search, "Sourcing will search: paralegal in Cork", "paralegal-cork");

    private static readonly PendingApproval ParalegalQualifications = new("p4-s1", ApprovalAction.ApplyQualificationChange, PlanActions.ApplyQualifications, "Intake will apply qualifications: Litigation", "paralegal-cork");

    private static Task<Plan> PlanAsync(string message, OpenQuestion? question, params PendingApproval[] waiting) =>
        TestResources.Planner.RunAsync(
            new PlanRequest(message, Dialogue: new DialogueState(Backend, question, waiting.Any(w => w.ProjectId == Paralegal.ProjectId) ? [Paralegal] : null, Approvals: waiting)),
            ReasoningContext.None);

    private static OpenQuestion Which(params PendingApproval[] waiting) =>
        new(OpenQuestion.Approval, "Which should I approve: …?", "yes", [.. waiting.Select(w => w.Id)], "be-berlin");

    private static List<(string Approvals, string Verdict)> Decided(Plan plan) => WaitingApprovals.Decided(plan);

    // A rejection whose change names a credential's level or a pay band by number is no feedback on candidate number such-and-such.
    [Theory]
    [InlineData("no, CCNA 2 is not enough, make it CCNP and 6 years")]
    [InlineData("nope - grade 5 is too junior for this, we need 7 years minimum")]
    public async Task ARejectionNamingALevelByNumberRejectsAndProposesTheChange(string message)
    {
        var plan = await PlanAsync(message, null, Qualifications);

        Assert.Equal([("p1-s1", "reject")], Decided(plan));
        Assert.Equal(PlanIntent.RefineRequirements, plan.Intent);
    }

    // A note passed on: its header, greeting and sign-off ask for nothing beside the verdict it carries.
    [Theory]
    [InlineData("fw from the client:\n> Hello Priya, the reqs look good to us, go ahead.\n> -- Tom\nso approved here too")]
    [InlineData("Forwarded:\n> Hallo Jan,\n> passt so, freigegeben.\n> Grüße")]
    public async Task AVerdictPassedOnInANoteApprovesIt(string message)
    {
        var plan = await PlanAsync(message, null, Qualifications);

        Assert.Equal(PlanIntent.DecideApproval, plan.Intent);
        Assert.Equal([("p1-s1", "approve")], Decided(plan));
    }

    // An interjection that only says "ok" does not tell it to act, and a question decides nothing.
    [Theory]
    [InlineData("órale pues. ahora búscame gente")]
    [InlineData("Órale, ¿y cuántos candidatos hay?")]
    [InlineData("is there anything else pending for me?")]
    [InlineData("¿hay algo pendiente de aprobar?")]
    [InlineData("still waiting on the green light from finance")]
    public async Task AnInterjectionOrAQuestionDecidesNothing(string message)
    {
        Assert.Empty(Decided(await PlanAsync(message, null, Qualifications)));
    }

    [Theory]
    [InlineData("Godkänn dem")]
    [InlineData("the client gave it the green light")]
    [InlineData("el jefe dio luz verde")]
    [InlineData("grand so")]
    [InlineData("sweet as")]
    [InlineData("approve everything that's pending")]
    [InlineData("aprueba todo lo pendiente")]
    // Saying whose verdict it is ("for me", "von mir aus", "por mi parte") adds nothing to it.
    [InlineData("approved from my side")]
    [InlineData("von mir aus freigegeben")]
    [InlineData("por mi parte está aprobado")]
    public async Task VerdictsInOtherWordsApprove(string message)
    {
        Assert.Equal([("p1-s1", "approve")], Decided(await PlanAsync(message, null, Qualifications)));
    }

    [Theory]
    [InlineData("odpalaj to")]
    [InlineData("ja, draai de zoekopdracht maar")]
    [InlineData("cancel the Berlin search", "reject")]
    public async Task VerdictsOnASearchInOtherWordsDecideIt(string message, string verdict = "approve")
    {
        Assert.Equal([("p2-s1", verdict)], Decided(await PlanAsync(message, null, Search)));
    }

    // Qualifications or a search approved can be changed after: the approval, then the change proposed.
    [Theory]
    [InlineData("ok approved, just move kubernetes to nice to have", "p1-s1")]
    [InlineData("aprovado, só passa o kubernetes para desejável", "p1-s1")]
    [InlineData("approved, but make it fully remote", "p1-s1")]
    [InlineData("approve it, though keep it to people near Potsdam", "p2-s1")]
    public async Task AnApprovalBesideAChangeOfWhatWaitsApprovesAndProposesTheChange(string message, string approved)
    {
        var plan = await PlanAsync(message, null, approved == "p1-s1" ? Qualifications : Search);

        Assert.Equal([(approved, "approve")], Decided(plan));
        Assert.Equal(PlanIntent.RefineRequirements, plan.Intent);
    }

    // A message approved is sent as it is: a change beside it decides nothing.
    [Theory]
    [InlineData("approved, but make it fully remote")]
    [InlineData("send it, but change the greeting to Dear Lena")]
    [InlineData("looks good, send it - just fix the typo in the subject first")]
    public async Task AnApprovalBesideAChangeLeavesWhatWouldBeSentWaiting(string message)
    {
        Assert.DoesNotContain(Decided(await PlanAsync(message, null, Outreach)), d => d.Item2 == "approve");
    }

    // "both" with one thing waiting in each of two projects means the two.
    [Theory]
    [InlineData("all look ok, approve all")]
    [InlineData("both are good to go")]
    public async Task EveryOneOfThemBesideAVerdictDecidesWhatWaitsInEachProject(string message)
    {
        Assert.Equal([("p1-s1,p3-s1", "approve")], Decided(await PlanAsync(message, null, Qualifications, ParalegalSearch)));
    }

    // Asked which, a verdict of its own beside a reason decides; a label just before it names what it decides.
    [Theory]
    [InlineData("my bad, they're both off - the paralegal needs 5 yrs. reject both, will send again", "p1-s1,p4-s1", "reject")]
    [InlineData("the paralegal search — go ahead with it. the backend ones I'll check after lunch", "p3-s1", "approve")]
    public async Task AskedWhichAVerdictBesideItsReasonDecides(string message, string ids, string verdict)
    {
        var waiting = verdict == "reject" ? new[] { Qualifications, ParalegalQualifications } : [Qualifications, ParalegalSearch];

        var plan = await PlanAsync(message, Which(waiting), waiting);

        Assert.Equal([(ids, verdict)], Decided(plan));
        if (verdict == "reject")
        {
            // Refusing what waits in two projects, the change could be either's: nothing else is done.
            Assert.All(plan.Steps, s => Assert.Equal(PlanActions.DecideApproval, s.Action));
        }
    }

    // A verdict that names nothing ("approve those", "reject that one") decides what the clause before it names.
    [Theory]
    [InlineData("Backend quals are sound, approve those. Don't run the paralegal search though — the client is rethinking it")]
    [InlineData("Hold the paralegal search. The backend reqs are spot on - approve them")]
    public async Task AVerdictThatPointsBackDecidesWhatTheClauseBeforeNames(string message)
    {
        Assert.Equal([("p1-s1", "approve"), ("p3-s1", "reject")], Decided(await PlanAsync(message, null, Qualifications, ParalegalSearch)));
    }

    [Fact]
    public async Task AVerdictThatPointsBackDecidesWhatTheClauseBeforeNamesEitherWay()
    {
        var plan = await PlanAsync("Go ahead with the paralegal search. The Berlin requirements aren't right yet, kubernetes should be optional — reject that one", null, Qualifications, ParalegalSearch);

        Assert.Equal([("p3-s1", "approve"), ("p1-s1", "reject")], Decided(plan));
    }
}
