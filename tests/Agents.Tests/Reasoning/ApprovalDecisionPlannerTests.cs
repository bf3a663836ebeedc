using Hiring.Agents.Tests.Reasoning.Support;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Reasoning;
using Hiring.Reasoning.Planning;
using Hiring.Reasoning.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Agents.Tests.Reasoning;

/// <summary>A decision said in chat, read against what waits for the recruiter: by the built-in planner, and by the LLM planner's prompt.</summary>
public sealed class ApprovalDecisionPlannerTests
{
    private static readonly OpenProject Backend = new(
        "be-berlin", new JobSpec("Backend Engineer", "backend engineer", "", ["Berlin, DE"], RemotePolicy.Unspecified, EmploymentType.FullTime, "", []), ["go"], []);

    private static readonly PendingApproval Qualifications = new("p1-s1", ApprovalAction.ApplyQualificationChange, PlanActions.ApplyQualifications, "Intake will apply qualifications: Go; Kubernetes", "be-berlin");

    private static readonly PendingApproval Outreach = new("p2-s3", ApprovalAction.Send, PlanActions.SendMessage, "Outreach will send message: Hi Lena, a backend role in Berlin", "be-berlin");

    private static readonly PendingApproval Elsewhere = new("p3-s1", ApprovalAction.StartSourcing, PlanActions.Search, "Sourcing will search: paralegal in Cork", "paralegal-cork");

    private static readonly OpenProject Paralegal = new(
        "paralegal-cork", new JobSpec("Paralegal", "paralegal", "", ["Cork, IE"], RemotePolicy.Unspecified, EmploymentType.FullTime, "", []), [], []);

    private static Task<Plan> PlanAsync(string message, params PendingApproval[] waiting) =>
        PlanAsync(message, null, waiting);

    private static Task<Plan> PlanAsync(string message, OpenQuestion? question, params PendingApproval[] waiting) =>
        TestResources.Planner.RunAsync(new PlanRequest(message, Dialogue: new DialogueState(Backend, question, Approvals: waiting)), ReasoningContext.None);

    private static string Input(Plan plan, string name) => Assert.Single(plan.Steps).Inputs.GetValueOrDefault(name) ?? "";

    [Theory]
    [InlineData("approve all of that")]
    [InlineData("yes approve them")]
    [InlineData("looks good, go ahead and approve")]
    [InlineData("approved")]
    [InlineData("lgtm approve it")]
    [InlineData("ok, go ahead")]
    [InlineData("ja, bitte genehmigen")]
    [InlineData("c'est bon, approuvé")]
    [InlineData("sí, apruébalo")]
    [InlineData("ok approva tutto")]
    [InlineData("goedgekeurd")]
    [InlineData("zatwierdzam")]
    // A word that judges what was shown, beside thanks, still affirms it.
    [InlineData("looks spot on, thanks")]
    [InlineData("perfect, thank you")]
    // Signing or ticking off what waits, a separable verb around it, approving in the first person, letting it loose.
    [InlineData("ok, sign it off")]
    [InlineData("yep, tick them off")]
    [InlineData("geben Sie es bitte frei")]
    [InlineData("keur ze maar goed")]
    [InlineData("va bene, li approvo")]
    [InlineData("dale, lánzalo")]
    // Someone else's decision relayed, and "as it is".
    [InlineData("they said go for it")]
    [InlineData("sie hat es schon genehmigt")]
    [InlineData("perfecto así")]
    [InlineData("the hiring manager signed off today")]
    [InlineData("happy with those")]
    public async Task AVerdictWithOneThingWaitingApprovesIt(string message)
    {
        var plan = await PlanAsync(message, Qualifications);

        Assert.Equal(PlanIntent.DecideApproval, plan.Intent);
        var step = Assert.Single(plan.Steps);
        Assert.Equal((AgentKind.Supervisor, PlanActions.DecideApproval, false), (step.Agent, step.Action, step.NeedsApproval));
        Assert.Equal("p1-s1", Input(plan, StepValueNames.Approvals));
        Assert.Equal("approve", Input(plan, StepValueNames.Verdict));
    }

    [Theory]
    [InlineData("reject it")]
    [InlineData("no, don't send that")]
    [InlineData("nope, decline")]
    [InlineData("abgelehnt")]
    [InlineData("non, refusé")]
    // Refusing or putting off in other words, when no other question is open.
    [InlineData("nope")]
    [InlineData("not now")]
    [InlineData("cancel it please")]
    [InlineData("noch nicht bitte")]
    [InlineData("pas maintenant")]
    [InlineData("aún no")]
    [InlineData("jeszcze nie")]
    // An approving word negated, and refusing in other words.
    [InlineData("não aprovo isso")]
    [InlineData("no lo apruebo")]
    [InlineData("je ne le valide pas")]
    [InlineData("respinto")]
    [InlineData("approve mat karo")]
    [InlineData("nee, laat maar gewoon")]
    public async Task ARefusalRejectsWhatWaits(string message)
    {
        var plan = await PlanAsync(message, Outreach);

        Assert.Equal(PlanIntent.DecideApproval, plan.Intent);
        Assert.Equal("p2-s3", Input(plan, StepValueNames.Approvals));
        Assert.Equal("reject", Input(plan, StepValueNames.Verdict));
    }

    [Theory]
    [InlineData("approve all of that")]
    [InlineData("approved")]
    [InlineData("yes approve them")]
    [InlineData("reject it")]
    public async Task WithNothingWaitingAVerdictIsReadAsBefore(string message)
    {
        Assert.NotEqual(PlanIntent.DecideApproval, (await PlanAsync(message)).Intent);
    }

    // "yes" or "go ahead" answers the question intake left open; only a verdict in so many words decides beside it.
    [Theory]
    [InlineData("yes", false)]
    [InlineData("go ahead", false)]
    [InlineData("approve them", true)]
    public async Task BesideAnOpenQuestionOnlyAVerdictInSoManyWordsDecides(string message, bool decides)
    {
        var intake = new OpenQuestion(OpenQuestion.Intake, "Is it remote?", "need a backend engineer", ["remote"]);

        var plan = await PlanAsync(message, intake, Qualifications);

        Assert.Equal(decides, plan.Intent == PlanIntent.DecideApproval);
    }

    [Theory]
    [InlineData("approve the qualifications", "p1-s1", "approve")]
    [InlineData("ok send the outreach", "p2-s3", "approve")]
    [InlineData("lgtm, send the message", "p2-s3", "approve")]
    [InlineData("requirements look good, approve", "p1-s1", "approve")]
    [InlineData("reject the outreach draft", "p2-s3", "reject")]
    [InlineData("approve all", "p1-s1,p2-s3", "approve")]
    [InlineData("approve both", "p1-s1,p2-s3", "approve")]
    public async Task WithSeveralKindsWaitingTheWordsPickWhichAndAllIsTheOpenProjectsEveryOne(string message, string ids, string verdict)
    {
        var plan = await PlanAsync(message, Qualifications, Outreach, Elsewhere);

        Assert.Equal(PlanIntent.DecideApproval, plan.Intent);
        Assert.Equal(ids, Input(plan, StepValueNames.Approvals));
        Assert.Equal(verdict, Input(plan, StepValueNames.Verdict));
    }

    // The kind named waits only in another project: that one is meant.
    [Theory]
    [InlineData("run the paralegal search too")]
    [InlineData("ok run the search")]
    public async Task AKindWaitingOnlyInAnotherProjectIsTheOneMeant(string message)
    {
        var plan = await PlanAsync(message, Qualifications, Elsewhere);

        Assert.Equal(PlanIntent.DecideApproval, plan.Intent);
        Assert.Equal(("p3-s1", "approve"), (Input(plan, StepValueNames.Approvals), Input(plan, StepValueNames.Verdict)));
    }

    [Theory]
    [InlineData("approve it", "approve")]
    [InlineData("yes go ahead", "approve")]
    [InlineData("reject that", "reject")]
    public async Task WhenItCouldMeanSeveralOneQuestionNamesThemInsteadOfAGuess(string message, string verdict)
    {
        var plan = await PlanAsync(message, Qualifications, Outreach, Elsewhere);

        Assert.Equal(PlanIntent.DecideApproval, plan.Intent);
        // Naming no kind, project or "all", it could mean the other project's search too: the question names all three, and its answer is read against those.
        Assert.Equal("p1-s1,p2-s3,p3-s1", Input(plan, StepValueNames.Approvals));
        var question = Input(plan, StepValueNames.Text);
        Assert.StartsWith($"Which should I {verdict}:", question, StringComparison.Ordinal);
        Assert.Contains("the qualifications", question, StringComparison.Ordinal);
        Assert.Contains("the outreach message", question, StringComparison.Ordinal);
        Assert.Equal(question, plan.Summary);
    }

    [Fact]
    public async Task TwoProjectsOfTheSameKindWaitingAreToldApartByTheirProjectInTheQuestion()
    {
        var paralegalQualifications = new PendingApproval("p4-s1", ApprovalAction.ApplyQualificationChange, PlanActions.ApplyQualifications, "Intake will apply qualifications: Litigation", "paralegal-cork");
        var dialogue = new DialogueState(Backend, null, [Paralegal], Approvals: [Qualifications, paralegalQualifications]);

        var plan = await TestResources.Planner.RunAsync(new PlanRequest("sounds good, go ahead", Dialogue: dialogue), ReasoningContext.None);

        // "the qualifications (…); or the qualifications (…)" could not be answered: each choice says whose it is.
        var question = Input(plan, StepValueNames.Text);
        Assert.Contains("the qualifications for Backend Engineer (Berlin) (Intake will apply qualifications: Go; Kubernetes)", question, StringComparison.Ordinal);
        Assert.Contains("the qualifications for Paralegal (Cork) (Intake will apply qualifications: Litigation)", question, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChoicesOfOneProjectAreNotNamedByIt()
    {
        var plan = await PlanAsync("reject that", Qualifications, Outreach);

        Assert.DoesNotContain("Backend Engineer", Input(plan, StepValueNames.Text), StringComparison.Ordinal);
    }

    // A bare agreement to what was shown for approval decides it when nothing else is open; "yes" beside an open question stays its answer (above).
    [Theory]
    [InlineData("yup")]
    [InlineData("yeah that's correct")]
    [InlineData("we're good to go")]
    [InlineData("kör på")]
    [InlineData("ja, mach so")]
    // Affirming, in any words, emoji or language, with politeness around it.
    [InlineData("yeah all good")]
    [InlineData("perfect, thank you")]
    [InlineData("👌")]
    [InlineData("ok cool ✅")]
    [InlineData("sounds right to me")]
    [InlineData("works for me, thanks")]
    [InlineData("sí, perfecto")]
    [InlineData("d'accord merci")]
    [InlineData("klopt")]
    [InlineData("theek hai")]
    public async Task AgreeingToWhatWaitsApprovesItWhenNoOtherQuestionIsOpen(string message)
    {
        var plan = await PlanAsync(message, Qualifications);

        Assert.Equal(PlanIntent.DecideApproval, plan.Intent);
        Assert.Equal(("p1-s1", "approve"), (Input(plan, StepValueNames.Approvals), Input(plan, StepValueNames.Verdict)));
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("sure, go ahead")]
    public async Task AVerdictThatPicksNothingAsksWhenAnotherProjectsApprovalWaitsToo(string message)
    {
        var plan = await PlanAsync(message, Qualifications, Elsewhere);

        Assert.Equal("p1-s1,p3-s1", Input(plan, StepValueNames.Approvals));
        Assert.EndsWith("?", Input(plan, StepValueNames.Text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("approve the paralegal one", "p3-s1")]
    [InlineData("reject the Cork search", "p3-s1")]
    [InlineData("the Berlin quals are fine, approved", "p1-s1")]
    public async Task AProjectNamedByItsTitleOrCityPicksItsApprovals(string message, string ids)
    {
        var plan = await TestResources.Planner.RunAsync(
            new PlanRequest(message, Dialogue: new DialogueState(Backend, null, [Paralegal], Approvals: [Qualifications, Elsewhere])), ReasoningContext.None);

        Assert.Equal(PlanIntent.DecideApproval, plan.Intent);
        Assert.Equal(ids, Input(plan, StepValueNames.Approvals));
    }

    // A role whose title was read otherwise ("Legal Assistant" for the "litigation clerk" asked for) is named by the recruiter's
    // own two words side by side, beside a verdict and as the answer to which.
    [Theory]
    [InlineData("the litigation clerk reqs look right, approve them", null)]
    [InlineData("the litigation clerk search", "p1-s1,p3-s1")]
    public async Task TwoWordsOfTheRequestAsWrittenNameItsProject(string message, string? asked)
    {
        var clerk = Paralegal with { Spec = Paralegal.Spec with { Title = "Legal Assistant", NormalizedTitle = "legal assistant", Description = "one more: litigation clerk for the same firm, Cork, 2 yrs" } };
        var which = asked is null ? null : new OpenQuestion(OpenQuestion.Approval, "Which should I approve: …?", "yes go", asked.Split(','), "be-berlin");
        var waiting = asked is null ? new[] { Qualifications, Elsewhere with { Id = "p4-s1", Action = ApprovalAction.ApplyQualificationChange, StepAction = PlanActions.ApplyQualifications } } : [Qualifications, Elsewhere];

        var plan = await TestResources.Planner.RunAsync(
            new PlanRequest(message, Dialogue: new DialogueState(Backend, which, [clerk], Approvals: waiting)), ReasoningContext.None);

        Assert.Equal((PlanIntent.DecideApproval, waiting[1].Id, "approve"), (plan.Intent, Input(plan, StepValueNames.Approvals), Input(plan, StepValueNames.Verdict)));
    }

    [Fact]
    public async Task TheAnswerToWhichIsDecidedTheWayTheQuestionAsked()
    {
        var asked = new OpenQuestion(OpenQuestion.Approval, "Which should I reject: …?", "reject that", ["p1-s1", "p2-s3"], "be-berlin");

        var plan = await PlanAsync("the outreach one", asked, Qualifications, Outreach);

        Assert.Equal(PlanIntent.DecideApproval, plan.Intent);
        Assert.Equal("p2-s3", Input(plan, StepValueNames.Approvals));
        Assert.Equal("reject", Input(plan, StepValueNames.Verdict));
    }

    // A verdict read as a clause of its own: what follows (or comes before) gives its reason.
    [Theory]
    [InlineData("hold off for now, budget isn't signed yet", "reject")]
    [InlineData("don't approve that - legal still has to look at it", "reject")]
    [InlineData("nein, lass es sein. Wir warten noch auf das Budget", "reject")]
    [InlineData("no, lascia stare — il cliente ci ripensa", "reject")]
    [InlineData("no to that, the client paused hiring", "reject")]
    [InlineData("the client signed it off this morning, approve", "approve")]
    public async Task AVerdictClauseDecidesBesideItsReason(string message, string verdict)
    {
        var plan = await PlanAsync(message, Qualifications);

        Assert.Equal(PlanIntent.DecideApproval, plan.Intent);
        Assert.Equal(("p1-s1", verdict), (Input(plan, StepValueNames.Approvals), Input(plan, StepValueNames.Verdict)));
    }

    // "approved, now find me people": the decision first, then the next thing the message asks for.
    [Fact]
    public async Task AnApprovalThenTheNextRequestDecidesAndDoesIt()
    {
        var plan = await PlanAsync("approved. next, search for candidates near Berlin", Qualifications);

        Assert.Equal(PlanIntent.FindCandidates, plan.Intent);
        Assert.Equal(PlanActions.DecideApproval, plan.Steps[0].Action);
        Assert.Equal("p1-s1", plan.Steps[0].Inputs[StepValueNames.Approvals]);
        Assert.True(plan.Steps.Count > 1);
    }

    // A clause that only affirms beside other words, or asks, or an approval beside a change to the role, decides nothing.
    [Theory]
    [InlineData("ok, let me think about that")]
    [InlineData("hmm, let me think about that")]
    [InlineData("approved? what does that mean for the search")]
    [InlineData("good, now what about the salary band")]
    [InlineData("no to that location, Munich instead")]
    [InlineData("lass mal sehen, ich melde mich")]
    // Approving words negated or hedged: a decision not made, or one that depends on something.
    [InlineData("she hasn't approved it yet")]
    [InlineData("I'd approve it if it had a driving licence")]
    [InlineData("the client would probably sign them off")]
    [InlineData("I never approved that")]
    [InlineData("suppose I approve it")]
    // Not quite sure is no verdict; a question about the verdict beside it decides nothing.
    [InlineData("not quite sure, let me think")]
    [InlineData("approved, right?")]
    [InlineData("it's approved, isn't it?")]
    [InlineData("approve it, or should we wait for the HM?")]
    [InlineData("c'est validé, n'est-ce pas ?")]
    public async Task AClauseThatIsNoVerdictInSoManyWordsDecidesNothing(string message)
    {
        Assert.DoesNotContain((await PlanAsync(message, Qualifications)).Steps, s => s.Action == PlanActions.DecideApproval);
    }

    // More than a verdict is other work: a change, a search, something to send that does not wait.
    [Theory]
    [InlineData("approve the qualifications but make kubernetes a nice to have")]
    [InlineData("send more candidates")]
    [InlineData("send the outreach to Lena")]
    [InlineData("2 and 4 look good, the rest are too senior")]
    [InlineData("looks good except the first one")]
    public async Task AMessageThatAsksForMoreThanAVerdictIsNoDecision(string message)
    {
        Assert.NotEqual(PlanIntent.DecideApproval, (await PlanAsync(message, Qualifications)).Intent);
    }

    // Thanking alone, or greeting, is no decision: it affirms nothing.
    [Theory]
    [InlineData("thanks!")]
    [InlineData("cheers mate")]
    [InlineData("danke dir")]
    [InlineData("merci beaucoup")]
    [InlineData("good morning")]
    // Thanks beside a casual word acknowledges ("ta" is thanks, not the Portuguese "tá").
    [InlineData("ok cool, thanks a lot")]
    [InlineData("nice one ty")]
    [InlineData("super, danke schön")]
    [InlineData("ta")]
    [InlineData("lovely, cheers mate")]
    public async Task ThanksOrAGreetingAloneIsNoDecision(string message)
    {
        Assert.NotEqual(PlanIntent.DecideApproval, (await PlanAsync(message, Qualifications)).Intent);
    }

    [Theory]
    [InlineData("perfect")]
    [InlineData("not yet")]
    public async Task BesideAnOpenQuestionAffirmingOrPuttingOffAnswersIt(string message)
    {
        var intake = new OpenQuestion(OpenQuestion.Intake, "Is it remote?", "need a backend engineer", ["remote"]);

        Assert.NotEqual(PlanIntent.DecideApproval, (await PlanAsync(message, intake, Qualifications)).Intent);
    }

    // One clause approves what it names, another rejects what it names: both are decided.
    [Theory]
    [InlineData("berlin quals fine; cork search not now", "p1-s1", "p3-s1")]
    [InlineData("the paralegal search is good but scrap the Berlin requirements", "p3-s1", "p1-s1")]
    [InlineData("approve the Cork one, hold the Berlin requirements", "p3-s1", "p1-s1")]
    // A project named by the beginning of its title's word, as the recruiter said it ("the paralegals' search" for a paralegal).
    [InlineData("paralegals ok, scrap the backend stuff", "p3-s1", "p1-s1")]
    // A refusal to do it yet, beside a word the projects' names lack ("legal" for the paralegal), and its reason.
    [InlineData("the Berlin quals are fine, approve those, but don't run the legal search yet — the partner is away", "p1-s1", "p3-s1")]
    public async Task AMixedDecisionApprovesAndRejectsWhatEachClauseNames(string message, string approved, string rejected)
    {
        var plan = await TestResources.Planner.RunAsync(
            new PlanRequest(message, Dialogue: new DialogueState(Backend, null, [Paralegal], Approvals: [Qualifications, Elsewhere])), ReasoningContext.None);

        Assert.Equal(PlanIntent.DecideApproval, plan.Intent);
        Assert.Equal(
            [(approved, "approve"), (rejected, "reject")],
            plan.Steps.Select(s => (s.Inputs[StepValueNames.Approvals], s.Inputs[StepValueNames.Verdict])).ToList());
    }

    // Asked which, a request with a verb of its own is that request, not the answer ("start the outreach" is no pick of it).
    [Fact]
    public async Task ARequestOfItsOwnDoesNotAnswerWhich()
    {
        var asked = new OpenQuestion(OpenQuestion.Approval, "Which should I approve: …?", "yes", ["p1-s1", "p2-s3"], "be-berlin");

        var plan = await PlanAsync("redo the outreach draft", asked, Qualifications, Outreach);

        Assert.DoesNotContain(plan.Steps, s => s.Action == PlanActions.DecideApproval);
    }

    [Theory]
    [InlineData("all of it")]
    [InlineData("beides")]
    [InlineData("los dos")]
    public async Task EveryOneOfThemAnswersWhich(string message)
    {
        var asked = new OpenQuestion(OpenQuestion.Approval, "Which should I approve: …?", "sure", ["p1-s1", "p3-s1"], "be-berlin");

        var plan = await TestResources.Planner.RunAsync(
            new PlanRequest(message, Dialogue: new DialogueState(Backend, asked, [Paralegal], Approvals: [Qualifications, Elsewhere])), ReasoningContext.None);

        Assert.Equal(("p1-s1,p3-s1", "approve"), (Input(plan, StepValueNames.Approvals), Input(plan, StepValueNames.Verdict)));
    }

    // A refusal and the change that replaces what it refuses: the rejection, then the change. An approval and an addition
    // that leaves what waits as it is: the approval, then the addition proposed.
    [Theory]
    [InlineData("nah, drop kubernetes", "reject")]
    [InlineData("no - kubernetes should only be a nice to have", "reject")]
    // Close but not right, then the change; places, remote work or years said to be other than they are.
    [InlineData("almost — kubernetes should only be a nice to have", "reject")]
    [InlineData("nicht ganz, Kubernetes nur als Plus bitte", "reject")]
    [InlineData("nah — make it Munich or Hamburg instead", "reject")]
    [InlineData("no, make it fully remote, the team is spread out", "reject")]
    [InlineData("no — years should be 4, the lead is flexible", "reject")]
    [InlineData("Approved 👍 one more thing, add Terraform as a must-have", "approve")]
    [InlineData("approved. while you're at it, put Spanish in as a nice to have", "approve")]
    public async Task AVerdictBesideAChangeDecidesAndMakesTheChange(string message, string verdict)
    {
        var plan = await PlanAsync(message, Qualifications);

        Assert.Equal(PlanIntent.RefineRequirements, plan.Intent);
        Assert.Equal((PlanActions.DecideApproval, verdict), (plan.Steps[0].Action, plan.Steps[0].Inputs[StepValueNames.Verdict]));
        Assert.True(plan.Steps.Count > 1);
    }

    // A verdict of its own beside a question that asks for the next thing decides, then that is done.
    [Theory]
    [InlineData("approved — can you find me candidates now?")]
    [InlineData("go for it. could you search for people too?")]
    [InlineData("Aprobado. ¿Puedes buscar candidatos?")]
    public async Task AVerdictBesideAQuestionForTheNextThingDecidesAndDoesIt(string message)
    {
        var plan = await PlanAsync(message, Qualifications);

        Assert.Equal((PlanActions.DecideApproval, "approve"), (plan.Steps[0].Action, plan.Steps[0].Inputs[StepValueNames.Verdict]));
        Assert.Equal(PlanIntent.FindCandidates, plan.Intent);
    }

    // Asked which, "I meant the search" answers it.
    [Fact]
    public async Task SayingWhichWasMeantAnswersWhich()
    {
        var asked = new OpenQuestion(OpenQuestion.Approval, "Which should I approve: …?", "ok go ahead", ["p1-s1", "p3-s1"], "be-berlin");

        var plan = await TestResources.Planner.RunAsync(
            new PlanRequest("I meant the paralegal search", Dialogue: new DialogueState(Backend, asked, [Paralegal], Approvals: [Qualifications, Elsewhere])), ReasoningContext.None);

        Assert.Equal(("p3-s1", "approve"), (Input(plan, StepValueNames.Approvals), Input(plan, StepValueNames.Verdict)));
    }

    // Seen in a tryout: "the quantity surveyor one", answering which of several projects' things to approve, became a search.
    [Theory]
    [InlineData("the paralegal one")]
    [InlineData("paralegal")]
    [InlineData("ok, approve the paralegal reqs")]
    public async Task NamingAProjectAnswersWhichWithItsChoices(string message)
    {
        var paralegalQualifications = new PendingApproval("p4-s1", ApprovalAction.ApplyQualificationChange, PlanActions.ApplyQualifications, "Intake will apply qualifications: Litigation", "paralegal-cork");
        var asked = new OpenQuestion(OpenQuestion.Approval, "Which should I approve: …?", "ok that's fine, approve", ["p1-s1", "p4-s1"], "be-berlin");

        var plan = await TestResources.Planner.RunAsync(
            new PlanRequest(message, Dialogue: new DialogueState(Backend, asked, [Paralegal], Approvals: [Qualifications, paralegalQualifications])), ReasoningContext.None);

        Assert.Equal(PlanIntent.DecideApproval, plan.Intent);
        Assert.Equal(("p4-s1", "approve"), (Input(plan, StepValueNames.Approvals), Input(plan, StepValueNames.Verdict)));
    }

    // Beside a refusal, a reason that changes nothing of the role is only its reason.
    [Fact]
    public async Task ARefusalBesideItsReasonOnlyRejects()
    {
        var plan = await PlanAsync("no - we're still waiting on the budget from finance", Qualifications);

        Assert.Equal(PlanIntent.DecideApproval, plan.Intent);
        Assert.Equal("reject", Input(plan, StepValueNames.Verdict));
    }

    [Fact]
    public async Task TheLlmPlannerSeesWhatWaitsAndMayDecideOnlyThat()
    {
        const string answer = """
            {
              "intent": "DecideApproval", "confidence": 0.9, "summary": "Approving the qualifications.",
              "slots": { "titles": [], "skills": [], "locations": [] },
              "steps": [ { "agent": "Supervisor", "action": "decide-approval", "inputs": { "approvals": "p1-s1,made-up", "verdict": "approve" } } ]
            }
            """;
        var model = new ScriptedChatCompletionService().Answers(answer);
        using var services = ReasoningServices.WithScriptedModel(model);
        var planner = services.GetRequiredService<IReasoningTask<PlanRequest, Plan>>();

        var plan = await planner.RunAsync(new PlanRequest("approve all of that", Dialogue: new DialogueState(Backend, null, Approvals: [Qualifications])), new ReasoningContext("acme", "acme/alice"));

        var prompt = string.Join("\n", model.Received.Single().Select(m => m.Content));
        Assert.Contains("Waiting for my approval: id p1-s1; ApplyQualificationChange (apply-qualifications); Intake will apply qualifications: Go; Kubernetes; project be-berlin", prompt, StringComparison.Ordinal);
        Assert.Contains("DecideApproval", prompt, StringComparison.Ordinal);
        Assert.Equal(PlanIntent.DecideApproval, plan.Intent);
        Assert.Equal("p1-s1", Input(plan, StepValueNames.Approvals));
    }

    [Fact]
    public async Task TheLlmPromptSaysNoneWhenNothingWaits()
    {
        var model = new ScriptedChatCompletionService().Answers(ModelAnswers.FindGoEngineersPlan);
        using var services = ReasoningServices.WithScriptedModel(model);
        var planner = services.GetRequiredService<IReasoningTask<PlanRequest, Plan>>();

        await planner.RunAsync(new PlanRequest("find go engineers", Dialogue: new DialogueState(Backend, null)), new ReasoningContext("acme", "acme/alice"));

        Assert.Contains("Waiting for my approval: none", string.Join("\n", model.Received.Single().Select(m => m.Content)), StringComparison.Ordinal);
    }
}
