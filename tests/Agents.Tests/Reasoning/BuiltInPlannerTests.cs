using Hiring.Agents.Tests.Reasoning.Support;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Reasoning;
using Hiring.Reasoning.Planning;
using Hiring.Reasoning.Tasks;

namespace Hiring.Agents.Tests.Reasoning;

public sealed class BuiltInPlannerTests
{
    private static Task<Plan> PlanAsync(string message) =>
        TestResources.Planner.RunAsync(new PlanRequest(message), ReasoningContext.None);

    private static readonly DialogueState FrontendBerlinOpen = new(
        new OpenProject("fe-berlin", new JobSpec("Frontend Engineer", "frontend engineer", "", ["Berlin, DE"], RemotePolicy.Unspecified, EmploymentType.FullTime, "", []), ["react", "python"], []),
        null);

    // The open project is the context a message is read in.
    private static Task<Plan> PlanInAsync(string message) =>
        TestResources.Planner.RunAsync(new PlanRequest(message, Dialogue: FrontendBerlinOpen), ReasoningContext.None);

    private static readonly DialogueState GoRoleOpen = new(
        new OpenProject("go-berlin", new JobSpec("Senior Go Developer", "go developer", "senior", ["Berlin"], RemotePolicy.Unspecified, EmploymentType.FullTime, "", []), ["go"], []),
        null);

    private static Task<Plan> PlanWithGoRoleAsync(string message) =>
        TestResources.Planner.RunAsync(new PlanRequest(message, Dialogue: GoRoleOpen), ReasoningContext.None);

    [Theory]
    [InlineData("nights only, add that")]
    [InlineData("rotating shifts incl sundays")]
    [InlineData("pls add evenings n weekends")]
    [InlineData("it's part time, 3 days a week")]
    [InlineData("they need to be ok with being on call some weekends")]
    public async Task AShiftPatternOrContractSaidOfTheOpenRoleChangesIt(string message)
    {
        Assert.Equal(PlanIntent.RefineRequirements, (await PlanWithGoRoleAsync(message)).Intent);
    }

    // A need denied in another language lets one of the open role's requirements go; it asks for nobody.
    [Theory]
    [InlineData("Go benötigen wir jetzt nicht")]
    [InlineData("Go brauche ich eigentlich nicht mehr")]
    public async Task ANeedDeniedInAnotherLanguageChangesTheOpenRole(string message)
    {
        Assert.Equal(PlanIntent.RefineRequirements, (await PlanWithGoRoleAsync(message)).Intent);
    }

    // "the … req" names a project that exists: a change said to it changes it, and "a new req" is still another role.
    [Theory]
    [InlineData("on the go developer req, make Kubernetes a nice to have", PlanIntent.RefineRequirements)]
    [InlineData("for the Berlin Go developer req: switch it to hybrid, 2 days in the office", PlanIntent.RefineRequirements)]
    [InlineData("new req: data analyst in Austin, SQL and Tableau", PlanIntent.StartProject)]
    public async Task TheOpenRolesReqNamedByItsTitleIsThatProject(string message, PlanIntent expected)
    {
        Assert.Equal(expected, (await PlanWithGoRoleAsync(message)).Intent);
    }

    // What a screen asks is questions; when it is, a booking. A verdict said of a person ("he's a firm yes") is feedback.
    // "also check our alumni network" is one more place to look for the open role, not another role.
    [Theory]
    [InlineData("put together the first interview for the Go developer role, mostly concurrency and testing", PlanIntent.PrepareScreeningQuestions)]
    [InlineData("book the phone screen with Lena on Friday", PlanIntent.ScheduleScreen)]
    [InlineData("spoke to Jonas, he's a firm yes. the remaining three are all no", PlanIntent.CandidateFeedback)]
    [InlineData("source more Go developers for the Berlin one, also check our alumni network", PlanIntent.FindCandidates)]
    [InlineData("also need a Go developer in Munich", PlanIntent.StartProject)]
    // Writing to candidates and sourcing through the night asked in other languages; a list, community or channel to draw
    // people from is the open role's search.
    [InlineData("manda mensagem à Joana a falar do salário", PlanIntent.DraftOutreach)]
    [InlineData("escríbeles a los tres primeros sobre el teletrabajo", PlanIntent.DraftOutreach)]
    [InlineData("bitte die Top 3 anschreiben, mit Hinweis auf das Homeoffice", PlanIntent.DraftOutreach)]
    [InlineData("continue de chercher cette nuit, je regarde la liste demain matin", PlanIntent.AutopilotOn)]
    [InlineData("sigue buscando durante la noche y mañana lo vemos", PlanIntent.AutopilotOn)]
    [InlineData("also draw from the alumni list of the bootcamp we partner with", PlanIntent.FindCandidates)]
    [InlineData("search the Women Who Code community as well, same bar for all", PlanIntent.FindCandidates)]
    public async Task WorkOnTheOpenRoleIsReadByWhatItAsks(string message, PlanIntent expected)
    {
        Assert.Equal(expected, (await PlanWithGoRoleAsync(message)).Intent);
    }

    // Outreach named as the role's work or experience is a requirement of a new role, not a message to candidates.
    [Theory]
    [InlineData("youth worker in Bristol, street outreach experience is a plus, DBS a must")]
    [InlineData("community outreach coordinator for a food bank in Leeds, volunteer management a must")]
    public async Task OutreachNamedAsTheRolesExperienceStartsTheRole(string message)
    {
        Assert.Equal(PlanIntent.StartProject, (await PlanAsync(message)).Intent);
    }

    // The open project named as a project ("the Berlin Go developer search") is that project, whatever "also" or "as well" say
    // inside it; more people or a new search asked for in so many words is its search, whatever it restates or filters by; the
    // work named first ("outreach for …", "interview guide for …", "feedback on …", "re the … shortlist:") is what it asks; a
    // search run through the night is autopilot.
    [Theory]
    [InlineData("For the Berlin Go developer project: make Docker a must as well", PlanIntent.RefineRequirements)]
    [InlineData("about the Go developer search in Berlin - also bump the years to 6", PlanIntent.RefineRequirements)]
    [InlineData("tweak the Go developer brief: gRPC should be one of the must-haves", PlanIntent.RefineRequirements)]
    [InlineData("source 10 more for the Berlin Go developer search, they still need 4+ yrs", PlanIntent.FindCandidates)]
    [InlineData("on the Go developer project: kick off a fresh search but skip anyone without Kubernetes", PlanIntent.FindCandidates)]
    [InlineData("Para la búsqueda del Go developer en Berlín: búscame 8 más, con experiencia en fintech", PlanIntent.FindCandidates)]
    [InlineData("interview guide for the Go developer, focus on concurrency", PlanIntent.PrepareScreeningQuestions)]
    [InlineData("outreach for the Go developer role: open with the remote days and mention the conference budget", PlanIntent.DraftOutreach)]
    [InlineData("Write a flyer blurb for our Go openings to hand out at the meetup, with the link behind a QR code", PlanIntent.DraftOutreach)]
    [InlineData("Retours sur les candidats pour le poste Go à Berlin : le 2 est excellent, on avance, le 3 manque d'expérience", PlanIntent.CandidateFeedback)]
    [InlineData("re the Berlin shortlist: #1 is the strongest fit, push her to the panel; #2 no", PlanIntent.CandidateFeedback)]
    [InlineData("pls share cvs for go asap", PlanIntent.FindCandidates)]
    [InlineData("search overnight for the Berlin Go developer req and have a longlist waiting by 8am", PlanIntent.AutopilotOn)]
    [InlineData("find more Go developers who can cover overnight shifts", PlanIntent.FindCandidates)]
    [InlineData("chuck us a few profiles", PlanIntent.FindCandidates)]
    public async Task WorkOnTheOpenProjectNamedAsAProjectIsReadByWhatItAsks(string message, PlanIntent expected)
    {
        Assert.Equal(expected, (await PlanWithGoRoleAsync(message)).Intent);
    }

    // What is left of a message once a preference is cut out, in other languages and words: a liking for numbered candidates and
    // a candidate's own news are feedback, requirements named are a refinement, more people or a
    // wider net is the search.
    [Theory]
    [InlineData("el 2 me convence, el 4 no", PlanIntent.CandidateFeedback)]
    [InlineData("#2 has withdrawn, the others are still keen", PlanIntent.CandidateFeedback)]
    [InlineData("Bitte die Anforderungen anpassen: Docker ist jetzt Pflicht", PlanIntent.RefineRequirements)]
    [InlineData("Encuentra todavía más candidatos para el puesto de Go", PlanIntent.FindCandidates)]
    [InlineData("let's cast the net wider for the Go role", PlanIntent.FindCandidates)]
    public async Task WhatIsLeftAfterARefusalIsReadByWhatItAsks(string message, PlanIntent expected)
    {
        Assert.Equal(expected, (await PlanWithGoRoleAsync(message)).Intent);
    }

    // A place offered beside the open one's, a requirement weighed in few words: changes to the open role, never a second one.
    [Theory]
    [InlineData("potsdam is also an option, same job")]
    [InlineData("hamburg also possible")]
    [InlineData("munich or hamburg, either")]
    [InlineData("for the go developer kubernetes good to have")]
    [InlineData("4 yrs min pls, stakeholder wrangling must")]
    public async Task APlaceOfferedBesideTheOpenOnesOrARequirementWeighedShortChangesTheOpenRole(string message)
    {
        var plan = await PlanWithGoRoleAsync(message);

        Assert.Equal(PlanIntent.RefineRequirements, plan.Intent);
        Assert.Null(plan.ProjectId);
    }

    // A new project announced in another language, with nothing open.
    [Theory]
    [InlineData("Nuova posizione: 2 elettricisti industriali a Brescia, patentino PES/PAV obbligatorio")]
    [InlineData("Nova vaga: enfermeira em Coimbra, turnos rotativos")]
    public async Task ANewProjectAnnouncedInAnotherLanguageStartsOne(string message)
    {
        Assert.Equal(PlanIntent.StartProject, (await PlanAsync(message)).Intent);
    }

    // "we need" in other languages asks to hire, as "we're looking for" does.
    [Theory]
    [InlineData("Potrzebujemy kierowcy w Poznaniu, pełny etat")]
    [InlineData("Necesitamos un conductor en Valencia, jornada completa")]
    public async Task NeedingSomeoneInOtherLanguagesStartsAProject(string message)
    {
        Assert.Equal(PlanIntent.StartProject, (await PlanAsync(message)).Intent);
    }

    // Feedback announced as such, with verdicts on people by name: "move her forward" and "good too" are no change to the role.
    [Theory]
    [InlineData("Quick feedback on the three for the Go developer role: Mara is the standout, keep going with her. Priya's good too.")]
    [InlineData("feedback on the Berlin candidates: Aoife is brilliant, move her forward")]
    public async Task FeedbackAnnouncedAsSuchOnNamedCandidatesIsFeedback(string message)
    {
        Assert.Equal(PlanIntent.CandidateFeedback, (await PlanWithGoRoleAsync(message)).Intent);
    }

    // Years are no candidates ("3-5 is fine" after "6 yrs"), and "our last one" is the last hire, not a candidate shown.
    [Fact]
    public async Task YearsPutAsARangeAreNoVerdictOnCandidates() =>
        Assert.Equal(PlanIntent.RefineRequirements, (await PlanWithGoRoleAsync("8 yrs is a lot, 4-6 is fine")).Intent);

    [Theory]
    [InlineData("ugh it's pouring again here")]
    [InlineData("30 degrees out here today, melting")]
    [InlineData("yay the sun is finally out")]
    public async Task ChatAboutTheWeatherIsSmallTalk(string message) =>
        Assert.Equal(PlanIntent.SmallTalk, (await PlanWithGoRoleAsync(message)).Intent);

    // Another work arrangement than the open project's, however much it sounds like a search, changes it.
    [Fact]
    public async Task AnotherWorkArrangementForTheOpenRoleChangesIt() =>
        Assert.Equal(PlanIntent.RefineRequirements, (await PlanWithGoRoleAsync("they could work from anywhere in Germany really, the team is spread out")).Intent);

    // A bare acknowledgement of what was just done, with a project open, is chat.
    [Theory]
    [InlineData("fab")]
    [InlineData("terrific")]
    [InlineData("marvellous")]
    public async Task ABareAcknowledgementIsSmallTalk(string message) =>
        Assert.Equal(PlanIntent.SmallTalk, (await PlanWithGoRoleAsync(message)).Intent);

    // A need told as a gap or a shortage, with no title: intake asks for the role.
    [Theory]
    [InlineData("a nursery client of mine has two spots to fill, any chance you can help")]
    [InlineData("our Derby depot is badly understaffed right now")]
    [InlineData("got a restaurant in town looking for somebody, could you help")]
    public async Task ANeedToldAsAGapOrAShortageStartsAProjectWhoseIntakeAsks(string message) =>
        Assert.Equal(PlanIntent.StartProject, (await PlanAsync(message)).Intent);

    [Theory]
    // Details alone that sound like a status.
    [InlineData("it's a graduate position")]
    // A title put right with an apology for what the phone did.
    [InlineData("rust developer sorry autocorrect")]
    // Someone the recruiter heard from, and the people the hire will lead, are no second role.
    [InlineData("checked with the engineering manager and no need for go anymore")]
    [InlineData("make it 8 years they want someone who can mentor the juniors")]
    public async Task ARefinementOfTheOpenRoleInPassingWordsChangesIt(string message) =>
        Assert.Equal(PlanIntent.RefineRequirements, (await PlanWithGoRoleAsync(message)).Intent);

    [Theory]
    [InlineData("haha our last one left to become a yoga teacher, can't compete with that")]
    [InlineData("lol my last one left us to become a park ranger")]
    public async Task SomeonesOwnCareerMoveIsNoRoleAndNoFeedback(string message)
    {
        var plan = await PlanWithGoRoleAsync(message);

        Assert.NotEqual(PlanIntent.StartProject, plan.Intent);
        Assert.NotEqual(PlanIntent.CandidateFeedback, plan.Intent);
    }

    [Theory]
    [InlineData("the client pays relocation and provides health insurance")]
    [InlineData("OTE is 120k, 60k of it base")]
    [InlineData("fyi sponsorship is available for this one")]
    [InlineData("they'd get a company car plus a sign-on bonus")]
    public async Task WhatTheJobOffersDescribesTheOpenProjectAndIsNoMemory(string message)
    {
        Assert.Equal(PlanIntent.RefineRequirements, (await PlanWithGoRoleAsync(message)).Intent);
    }

    [Theory]
    [InlineData("write to the shortlist and tell them we sponsor visas", PlanIntent.DraftOutreach)]
    [InlineData("2 wants 95k but the band tops out at 80k, so pass on him", PlanIntent.CandidateFeedback)]
    public async Task AnOfferSaidInsideOtherWorkIsThatWork(string message, PlanIntent expected)
    {
        Assert.Equal(expected, (await PlanWithGoRoleAsync(message)).Intent);
    }

    [Fact]
    public async Task AnOfferWordedToOutlastTheOpenProjectIsKeptAsAMemory()
    {
        var plan = await TestResources.Planner.RunAsync(new PlanRequest("keep in mind we never sponsor visas for the Austin roles", Dialogue: GoRoleOpen), ReasoningContext.None);

        Assert.Equal(PlanIntent.Remember, plan.Intent);
    }

    [Fact]
    public async Task SayingOneOfTheOpenRolesConditionsIsNotNeededChangesTheRoleRatherThanStartingAnother()
    {
        var open = new DialogueState(
            new OpenProject("electrician-perth", new JobSpec("Electrician", "electrician", "", ["Perth, AU"], RemotePolicy.Unspecified, EmploymentType.Unspecified, "", []), ["electrical licence", "FIFO roster"], []),
            null);

        var plan = await TestResources.Planner.RunAsync(new PlanRequest("no need for FIFO anymore, it's a local role now", Dialogue: open), ReasoningContext.None);

        Assert.Equal(PlanIntent.RefineRequirements, plan.Intent);
    }

    [Theory]
    [InlineData("scratch that, it's Pieter now", PlanIntent.Remember)]
    [InlineData("sorry, it's Pieter not Joost", PlanIntent.Remember)]
    [InlineData("scratch that, make it mid-level", PlanIntent.RefineRequirements)]
    public async Task ACorrectionRightAfterAMemoryPutsTheMemoryRightUnlessItNamesTheRole(string message, PlanIntent expected)
    {
        var afterMemory = GoRoleOpen with { Last = PlanIntent.Remember };

        var plan = await TestResources.Planner.RunAsync(new PlanRequest(message, Dialogue: afterMemory), ReasoningContext.None);

        Assert.Equal(expected, plan.Intent);
    }

    [Fact]
    public async Task FindSeniorGoEngineersInBerlinWithNoProjectOpenStartsOneForThatRole()
    {
        var plan = await PlanAsync("Find senior Go engineers in Berlin");

        Assert.Equal(PlanIntent.StartProject, plan.Intent);
        Assert.Equal("senior", plan.Slots.Seniority);
        Assert.Equal(["go developer"], plan.Slots.Titles);
        Assert.Equal(["Berlin"], plan.Slots.Locations);
        var create = Assert.Single(plan.Steps);
        Assert.Equal((AgentKind.Intake, PlanActions.CreateProject), (create.Agent, create.Action));
        Assert.Equal("Find senior Go engineers in Berlin", create.Inputs[StepValueNames.Request]);
        Assert.Equal(new Provenance(ReasoningEngine.BuiltIn, BuiltInPlanner.EngineName, BuiltInPlanner.ResourceName, "8+slots.5+dialogue.10", ModelTier.Reasoning), plan.Provenance);
    }

    [Fact]
    public async Task FindSeniorGoEngineersInBerlinForTheOpenGoRolePlansAnApprovedSearchThenAnEvaluation()
    {
        var plan = await TestResources.Planner.RunAsync(new PlanRequest("Find senior Go engineers in Berlin", Dialogue: GoRoleOpen), ReasoningContext.None);

        Assert.Equal(PlanIntent.FindCandidates, plan.Intent);
        Assert.Collection(
            plan.Steps,
            search =>
            {
                Assert.Equal((AgentKind.Sourcing, PlanActions.Search), (search.Agent, search.Action));
                Assert.True(search.NeedsApproval);
                Assert.Equal(ApprovalAction.StartSourcing, search.Approval);
                Assert.Equal("Berlin", search.Inputs[StepValueNames.Locations]);
            },
            evaluate =>
            {
                Assert.Equal((AgentKind.Evaluation, PlanActions.EvaluateCandidates), (evaluate.Agent, evaluate.Action));
                Assert.False(evaluate.NeedsApproval);
            });
        Assert.Equal("I'll search for senior go developers in Berlin and evaluate the best matches.", plan.Summary);
    }

    [Fact]
    public async Task YearsCountsAndCandidatesAreExtractedByRules()
    {
        var search = await PlanAsync("Find 5 Python developers with 3+ years of Django in London or remote");
        var draft = await PlanAsync("Draft a message to Maria Lopez about the role");

        Assert.Equal(5, search.Slots.Count);
        Assert.Equal(3, search.Slots.Years);
        Assert.Equal(["London", "remote"], search.Slots.Locations);
        Assert.Equal(PlanIntent.DraftOutreach, draft.Intent);
        Assert.Equal("Maria Lopez", draft.Slots.Candidate);
        // Drafting only proposes: the send-message steps it follows up with ask for the Send approval.
        Assert.Equal((false, ApprovalAction.None), (Assert.Single(draft.Steps).NeedsApproval, draft.Steps[0].Approval));
    }

    [Fact]
    public async Task AutopilotOnAndOffAreToldApartByTheirWords()
    {
        var on = await PlanAsync("please turn autopilot on for this project");
        var off = await PlanAsync("please turn autopilot off for this project");

        Assert.Equal(PlanIntent.AutopilotOn, on.Intent);
        Assert.Equal("true", Assert.Single(on.Steps).Inputs["enabled"]);
        Assert.Equal(PlanIntent.AutopilotOff, off.Intent);
        Assert.Equal("false", Assert.Single(off.Steps).Inputs["enabled"]);
    }

    [Theory]
    [InlineData("let me take over the conversation with her", null)]
    [InlineData("I'll take over the thread with Maria Lopez", "Maria Lopez")]
    [InlineData("hand the conversation with Maria back to the assistant", "Maria")]
    public async Task TakingOverOrHandingBackAConversationIsOneOutreachStepWithoutApproval(string message, string? candidate)
    {
        var plan = await PlanInAsync(message);

        Assert.Equal(PlanIntent.TakeOverConversation, plan.Intent);
        var step = Assert.Single(plan.Steps);
        Assert.Equal((AgentKind.Outreach, PlanActions.TakeOverConversation, false), (step.Agent, step.Action, step.NeedsApproval));
        Assert.Equal(candidate, plan.Slots.Candidate);
    }

    [Theory]
    [InlineData("I take screens Tue and Thu 2-5pm CET")]
    [InlineData("mornings 9 to 12 Mon–Fri, Europe/Berlin")]
    [InlineData("I'm free Wednesdays 14:00-16:30 London time")]
    [InlineData("not on Dec 24")]
    [InlineData("add Friday 10-11am")]
    public async Task SayingWhenYouTakeScreensIsOneSupervisorStepThatSetsAvailability(string message)
    {
        foreach (var plan in new[] { await PlanAsync(message), await PlanInAsync(message) })
        {
            Assert.Equal(PlanIntent.SetAvailability, plan.Intent);
            var step = Assert.Single(plan.Steps);
            Assert.Equal((AgentKind.Supervisor, PlanActions.SetAvailability, false), (step.Agent, step.Action, step.NeedsApproval));
        }
    }

    [Theory]
    [InlineData("open up Sofia Marin's profile", PlanIntent.ShowCandidate, "Sofia Marin")]
    [InlineData("Lukas Brandt has asked us to erase his data", PlanIntent.Forget, "Lukas Brandt")]
    [InlineData("please delete the candidate Ana Paris from our records", PlanIntent.Forget, "Ana Paris")]
    [InlineData("how come you rated Austin so low?", PlanIntent.ExplainDecision, "Austin")]
    [InlineData("summarise my screen w/ Tomasz Nowak please", PlanIntent.SummarizeTranscript, "Tomasz Nowak")]
    public async Task TheCandidateIsTheNameAsWrittenWithoutItsPossessiveEvenWhenATownHasIt(string message, PlanIntent intent, string candidate)
    {
        var plan = await PlanInAsync(message);

        Assert.Equal((intent, candidate), (plan.Intent, plan.Slots.Candidate));
    }

    [Theory]
    [InlineData("Warehouse operative in Leeds, forklift licence, contact centre background a plus")]
    [InlineData("Now hiring: Senior Payroll Specialist, Dublin, hybrid, Workday")]
    [InlineData("Site manager in Bristol, someone who says what they think")]
    public async Task AMessageThatOpensLikeAJobAdStartsAProjectWhateverElseItsWordsSoundLike(string message)
    {
        var plan = await PlanAsync(message);

        Assert.Equal(PlanIntent.StartProject, plan.Intent);
    }

    // What the assistant holds on someone, cleared in other words (memory round 20: "clear whatever you have on them" was a recall).
    [Theory]
    [InlineData("the Mensah account is gone, clear whatever you have on them")]
    [InlineData("scrub anything you've got on Brightwater Foods")]
    [InlineData("purge everything you know about the Lyon client")]
    public async Task ClearingWhatTheAssistantHoldsIsAForget(string message)
    {
        Assert.Equal(PlanIntent.Forget, (await PlanAsync(message)).Intent);
    }

    [Fact]
    public async Task ForgetCarriesWhatToForget()
    {
        var plan = await PlanAsync("Forget that I prefer candidates from big tech.");

        Assert.Equal(PlanIntent.Forget, plan.Intent);
        Assert.Equal("I prefer candidates from big tech", plan.Slots.Subject);
        Assert.Equal((AgentKind.Memory, PlanActions.Forget), (plan.Steps[0].Agent, plan.Steps[0].Action));
    }

    [Theory]
    [InlineData("what's the weather in Lisbon tomorrow")]
    [InlineData("tell me a joke about recruiters")]
    [InlineData("")]
    public async Task AnUnknownRequestIsAnsweredHonestlyWithWhatTheAssistantCanDo(string message)
    {
        var plan = await PlanAsync(message);

        Assert.Equal(PlanIntent.Unknown, plan.Intent);
        var reply = Assert.Single(plan.Steps);
        Assert.Equal((AgentKind.Supervisor, PlanActions.Reply), (reply.Agent, reply.Action));
        Assert.StartsWith("I can't help with that one. I can start a hiring project", reply.Inputs[StepValueNames.Text], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SmallTalkGetsAFriendlyReplyListingWhatTheAssistantCanDo()
    {
        var plan = await PlanAsync("hey, good morning!");

        Assert.Equal(PlanIntent.SmallTalk, plan.Intent);
        Assert.StartsWith("Hello! I'm your recruiting assistant.", Assert.Single(plan.Steps).Inputs[StepValueNames.Text], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("thanks!")]
    [InlineData("ok cool, thank you so much")]
    [InlineData("Cheers")]
    // In other languages too (found in the stop 56 tryout: "ok gracias ya" got the introduction).
    [InlineData("ok gracias ya")]
    [InlineData("merci beaucoup !")]
    [InlineData("vielen Dank!")]
    [InlineData("dziękuję bardzo")]
    public async Task ThanksGetsAShortAnswerNotTheIntroduction(string message)
    {
        var plan = await PlanAsync(message);

        Assert.Equal(PlanIntent.SmallTalk, plan.Intent);
        Assert.StartsWith("You're welcome.", Assert.Single(plan.Steps).Inputs[StepValueNames.Text], StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSameMessageAlwaysGivesTheSamePlan()
    {
        const string Message = "Can you find 10 staff data engineers with Spark and AWS in Amsterdam?";

        var first = await PlanAsync(Message);
        var second = await PlanAsync(Message);

        Assert.Equal(first.Intent, second.Intent);
        Assert.Equal(first.Confidence, second.Confidence);
        Assert.Equal(first.Summary, second.Summary);
        Assert.Equal(first.Slots.Skills, second.Slots.Skills);
        Assert.Equal(first.Steps.Select(s => (s.Agent, s.Action, string.Join(";", s.Inputs.OrderBy(i => i.Key)))), second.Steps.Select(s => (s.Agent, s.Action, string.Join(";", s.Inputs.OrderBy(i => i.Key)))));
    }

    [Theory]
    [InlineData("same role but in Madrid")]
    [InlineData("we need the same role in München")]
    [InlineData("another one for Valencia please")]
    [InlineData("same again for Porto pls, it's a separate budget")]
    [InlineData("ok same but Valencia")]
    [InlineData("ditto for Madrid")]
    public async Task TheOpenRoleAskedForAgainInAnotherPlaceStartsANewProject(string message)
    {
        var plan = await PlanInAsync(message);

        Assert.Equal(PlanIntent.StartProject, plan.Intent);
        Assert.Equal(PlanActions.CreateProject, plan.Steps[0].Action);
    }

    [Theory]
    [InlineData("plus one in Porto as well", PlanIntent.StartProject)]
    [InlineData("also need one based in Gdańsk", PlanIntent.StartProject)]
    [InlineData("the hiring manager's ok with them never coming into the office, anywhere in Germany", PlanIntent.RefineRequirements)]
    [InlineData("the CTO now says it should be a senior frontend engineer", PlanIntent.RefineRequirements)]
    [InlineData("we'd want someone more seasoned, senior rather than mid", PlanIntent.RefineRequirements)]
    [InlineData("could you pull a few more similar to the second one?", PlanIntent.FindCandidates)]
    [InlineData("find others like the top candidate", PlanIntent.FindCandidates)]
    [InlineData("book me a flight to Berlin for Monday", PlanIntent.Unknown)]
    [InlineData("aw thanks, you're a legend", PlanIntent.SmallTalk)]
    [InlineData("quit running things by yourself on this req, I'll take it from here", PlanIntent.AutopilotOff)]
    [InlineData("gracias!", PlanIntent.SmallTalk)]
    [InlineData("ok, busca candidatos", PlanIntent.FindCandidates)]
    [InlineData("encuéntranos algunos candidatos", PlanIntent.FindCandidates)]
    [InlineData("trovaci dei candidati adesso", PlanIntent.FindCandidates)]
    [InlineData("kan du hitta några kandidater?", PlanIntent.FindCandidates)]
    [InlineData("right, let's get searching", PlanIntent.FindCandidates)]
    [InlineData("dig up some profiles pls", PlanIntent.FindCandidates)]
    [InlineData("the 2nd one is perfect, 4 is overqualified, practically a CTO already", PlanIntent.CandidateFeedback)]
    [InlineData("sorry, not junior — we need someone senior", PlanIntent.RefineRequirements)]
    [InlineData("they'd need to be in the office Mondays, rest from home", PlanIntent.RefineRequirements)]
    [InlineData("also: same title but for Hamburg", PlanIntent.StartProject)]
    [InlineData("react background is more of a nice-to-have really", PlanIntent.RefineRequirements)]
    [InlineData("sorry, one correction: it's our Munich office, not Berlin. same role.", PlanIntent.RefineRequirements)]
    [InlineData("they're also hiring for this in Munich, so either Berlin or Munich is fine", PlanIntent.RefineRequirements)]
    [InlineData("it's a senior frontend engineer actually, the ad says senior", PlanIntent.RefineRequirements)]
    [InlineData("the head of engineering just messaged me, make it 4 years", PlanIntent.RefineRequirements)]
    [InlineData("keep plugging away at it over the weekend, back Monday", PlanIntent.AutopilotOn)]
    [InlineData("pull some profiles pls", PlanIntent.FindCandidates)]
    [InlineData("kannst du gleich suchen?", PlanIntent.FindCandidates)]
    [InlineData("python isn't relevant after all, take it off", PlanIntent.RefineRequirements)]
    [InlineData("I said Berlin, I meant Munich", PlanIntent.RefineRequirements)]
    [InlineData("on second thought, leave Kafka off altogether, we're changing stacks", PlanIntent.RefineRequirements)]
    public async Task WhatAMessageAsksOfTheOpenProjectIsReadFromItsWholeWording(string message, PlanIntent intent)
    {
        var plan = await PlanInAsync(message);

        Assert.Equal(intent, plan.Intent);
    }

    [Theory]
    [InlineData("a frontend engineer in Hamburg too", true)]
    [InlineData("also need a frontend engineer in Hamburg, same stack", true)]
    [InlineData("also need a frontend engineer in Hamburg, Vue and Nuxt", false)]
    [InlineData("we also need a frontend engineer in Hamburg with Angular", false)]
    public async Task TheOpenRoleAgainStartsFromItsRequestOnlyWhenTheMessageStatesNoRequirementsOfItsOwn(string message, bool startsFromOpenRequest)
    {
        var open = new DialogueState(
            new OpenProject("fe-berlin", new JobSpec("Frontend Engineer", "frontend engineer", "", ["Berlin, DE"], RemotePolicy.Unspecified, EmploymentType.FullTime, "Frontend engineer in Berlin, React and Python", []), ["react", "python"], []),
            null);

        var plan = await TestResources.Planner.RunAsync(new PlanRequest(message, Dialogue: open), ReasoningContext.None);

        Assert.Equal(PlanIntent.StartProject, plan.Intent);
        var create = plan.Steps[0];
        Assert.Equal(PlanActions.CreateProject, create.Action);
        Assert.Equal(startsFromOpenRequest ? "Frontend engineer in Berlin, React and Python" : message, create.Inputs[StepValueNames.Request]);
    }

    [Theory]
    [InlineData("forget python", PlanIntent.RefineRequirements)]
    [InlineData("please forget Daniel Okafor, he asked to be removed from our records", PlanIntent.Forget)]
    [InlineData("can we make it mid instead", PlanIntent.RefineRequirements)]
    [InlineData("not senior — mid", PlanIntent.RefineRequirements)]
    [InlineData("thanks! can we also drop kafka", PlanIntent.RefineRequirements)]
    [InlineData("great, thanks — one more thing, make it hybrid", PlanIntent.RefineRequirements)]
    [InlineData("Munich would work too", PlanIntent.RefineRequirements)]
    [InlineData("thanks a lot", PlanIntent.SmallTalk)]
    [InlineData("nice one cheers", PlanIntent.SmallTalk)]
    [InlineData("not jr, mid pls, they want someone whos done it before", PlanIntent.RefineRequirements)]
    [InlineData("make it mid not sr, its a band 6 post", PlanIntent.RefineRequirements)]
    [InlineData("thank you, that's great", PlanIntent.SmallTalk)]
    [InlineData("any level is fine", PlanIntent.RefineRequirements)]
    [InlineData("location doesn't matter", PlanIntent.RefineRequirements)]
    [InlineData("forget about the location, anywhere is fine", PlanIntent.RefineRequirements)]
    [InlineData("bump it to staff", PlanIntent.RefineRequirements)]
    [InlineData("make it 3+", PlanIntent.RefineRequirements)]
    [InlineData("needs 5+ years", PlanIntent.RefineRequirements)]
    [InlineData("or Hamburg too", PlanIntent.RefineRequirements)]
    [InlineData("skip python", PlanIntent.RefineRequirements)]
    [InlineData("right, lose the bit u just added", PlanIntent.RefineRequirements)]
    [InlineData("hmm they'd prefer someone a bit more junior after all", PlanIntent.RefineRequirements)]
    [InlineData("is it hybrid?", PlanIntent.ProjectStatus)]
    [InlineData("hows the frontend one going?", PlanIntent.ProjectStatus)]
    [InlineData("love candidate 4, not a fan of 1", PlanIntent.CandidateFeedback)]
    [InlineData("who've you got?", PlanIntent.FindCandidates)]
    [InlineData("ok go", PlanIntent.FindCandidates)]
    [InlineData("go ahead", PlanIntent.FindCandidates)]
    [InlineData("ok cool", PlanIntent.SmallTalk)]
    [InlineData("can you start looking?", PlanIntent.FindCandidates)]
    [InlineData("lead level", PlanIntent.RefineRequirements)]
    [InlineData("senior, please", PlanIntent.RefineRequirements)]
    [InlineData("GraphQL experience would be great", PlanIntent.RefineRequirements)]
    [InlineData("keep sourcing for it overnight", PlanIntent.AutopilotOn)]
    [InlineData("scrap the React bit, that's more of a dev skill", PlanIntent.RefineRequirements)]
    [InlineData("looks right, find people for it", PlanIntent.FindCandidates)]
    [InlineData("any more?", PlanIntent.FindCandidates)]
    [InlineData("more pls", PlanIntent.FindCandidates)]
    [InlineData("I like the 1st and 5th, the others are too backend-y", PlanIntent.CandidateFeedback)]
    [InlineData("needs 5 yrs experience too", PlanIntent.RefineRequirements)]
    [InlineData("you're the best 🙌", PlanIntent.SmallTalk)]
    [InlineData("happy friday!!", PlanIntent.SmallTalk)]
    [InlineData("could you grab me another fifteen?", PlanIntent.FindCandidates)]
    [InlineData("the last one isn't a match, mostly agency work", PlanIntent.CandidateFeedback)]
    [InlineData("how come you archived Lena?", PlanIntent.ExplainDecision)]
    [InlineData("hmm, switch it off again", PlanIntent.AutopilotOff)]
    [InlineData("#2 can't do nights and the role is nights only, so pass. rest look fine", PlanIntent.CandidateFeedback)]
    [InlineData("4 needs visa sponsorship and we can't sponsor, so drop him. 1 is great", PlanIntent.CandidateFeedback)]
    [InlineData("interview notes for the barista loop:\n#1 Elif - solid, knows latte art. advance\n#3 Mo - no, late and vague", PlanIntent.CandidateFeedback)]
    [InlineData("Screen notes, payroll admin\n- Gareth: good, next round\n- Simone: meh, wants remote only", PlanIntent.CandidateFeedback)]
    [InlineData("Sione aced the forklift practical, strong yes from me", PlanIntent.CandidateFeedback)]
    [InlineData("the panel liked both but only Rhiannon goes forward", PlanIntent.CandidateFeedback)]
    [InlineData("Farah was sharp on the case study, she's my pick", PlanIntent.CandidateFeedback)]
    [InlineData("screening qs please, include whether they can do weekends", PlanIntent.PrepareScreeningQuestions)]
    [InlineData("search again, wider net this time", PlanIntent.FindCandidates)]
    [InlineData("react doesnt have to be required, just preferred", PlanIntent.RefineRequirements)]
    [InlineData("quita SQL por favor, it's a given for this team", PlanIntent.RefineRequirements)]
    [InlineData("enlève Kafka stp", PlanIntent.RefineRequirements)]
    [InlineData("bitte Kafka streichen", PlanIntent.RefineRequirements)]
    [InlineData("add Fort Worth as a second location for the same role", PlanIntent.RefineRequirements)]
    [InlineData("client's changed their mind, wants 5+ PQE min", PlanIntent.RefineRequirements)]
    [InlineData("ok can you pull a longlist", PlanIntent.FindCandidates)]
    [InlineData("pls share suitable profiels", PlanIntent.FindCandidates)]
    public async Task AMessageIsAChangeAQuestionAVerdictOrASearchOfTheOpenProjectByItsWording(string message, PlanIntent intent)
    {
        Assert.Equal(intent, (await PlanInAsync(message)).Intent);
    }

    private static readonly OpenProject ParalegalCork = new("paralegal-cork", new JobSpec("Paralegal", "paralegal", "", ["Cork, IE"], RemotePolicy.Unspecified, EmploymentType.FullTime, "", []), ["litigation"], []);

    private static readonly DialogueState OfficeManagerOpenAfterParalegal = new(
        new OpenProject("om-galway", new JobSpec("Office Manager", "office manager", "", ["Galway, IE"], RemotePolicy.Unspecified, EmploymentType.FullTime, "", []), [], []),
        null,
        [ParalegalCork]);

    [Theory]
    [InlineData("back to the paralegal one: make it hybrid please", PlanIntent.RefineRequirements)]
    [InlineData("ok, the paralegal search — add Relativity as a must", PlanIntent.RefineRequirements)]
    [InlineData("going back to the paralegal role, find candidates", PlanIntent.FindCandidates)]
    [InlineData("regarding the paralegal, how is it going?", PlanIntent.ProjectStatus)]
    [InlineData("for the paralegal in Cork, add Relativity", PlanIntent.RefineRequirements)]
    [InlineData("the paralegal should know Relativity", PlanIntent.RefineRequirements)]
    [InlineData("paralegal in Cork: Relativity is a must as well", PlanIntent.RefineRequirements)]
    public async Task AMessageThatGoesBackToAnEarlierProjectByItsTitleActsOnThatProject(string message, PlanIntent intent)
    {
        var plan = await TestResources.Planner.RunAsync(new PlanRequest(message, Dialogue: OfficeManagerOpenAfterParalegal), ReasoningContext.None);

        Assert.Equal(intent, plan.Intent);
        Assert.Equal("paralegal-cork", plan.ProjectId);
    }

    // An earlier project named as a label goes back to it even beside "also"; a search in so many words searches it.
    [Theory]
    [InlineData("paralegal - relativity also needed", PlanIntent.RefineRequirements)]
    [InlineData("paralegal pls start looking for people with relativity", PlanIntent.FindCandidates)]
    public async Task AnEarlierProjectNamedAsALabelIsGoneBackToEvenBesideAlso(string message, PlanIntent intent)
    {
        var plan = await TestResources.Planner.RunAsync(new PlanRequest(message, Dialogue: OfficeManagerOpenAfterParalegal), ReasoningContext.None);

        Assert.Equal(intent, plan.Intent);
        Assert.Equal("paralegal-cork", plan.ProjectId);
    }

    private static readonly DialogueState OfficeManagerOpenAfterPayroll = new(
        new OpenProject("om-galway", new JobSpec("Office Manager", "office manager", "", ["Galway, IE"], RemotePolicy.Unspecified, EmploymentType.FullTime, "", []), [], []),
        null,
        [new OpenProject("payroll-cork", new JobSpec("Payroll Specialist", "payroll specialist", "", ["Cork, IE"], RemotePolicy.Unspecified, EmploymentType.FullTime, "", []), ["excel"], [])]);

    // "for payroll", without "the … one": a word of only an earlier project's title after "for", in a message that names no title, names that project.
    [Theory]
    [InlineData("for the payroll one, excel is good to have only, not mandatory", PlanIntent.RefineRequirements)]
    [InlineData("salary for payroll tops out at 45k btw", PlanIntent.RefineRequirements)]
    public async Task AWordOfOnlyAnEarlierProjectsTitleAfterForActsOnThatProject(string message, PlanIntent intent)
    {
        var plan = await TestResources.Planner.RunAsync(new PlanRequest(message, Dialogue: OfficeManagerOpenAfterPayroll), ReasoningContext.None);

        Assert.Equal(intent, plan.Intent);
        Assert.Equal("payroll-cork", plan.ProjectId);
    }

    // Earlier projects as their requests wrote them: "hse advisor" (read as a health and safety officer), "facilities manager", "maintenance technician".
    private static readonly DialogueState ReceptionistOpenAfterThree = new(
        new OpenProject("rec-leeds", new JobSpec("Receptionist", "receptionist", "", ["Leeds, GB"], RemotePolicy.Unspecified, EmploymentType.FullTime, "a receptionist for the Leeds office", []), [], []),
        null,
        [
            new OpenProject("hse-hull", new JobSpec("Health And Safety Officer", "health and safety officer", "", ["Hull, GB"], RemotePolicy.Unspecified, EmploymentType.FullTime, "need an hse advisor for the Hull plant, nebosh req", []), ["nebosh"], []),
            new OpenProject("fm-york", new JobSpec("Facilities Manager", "facilities manager", "", ["York, GB"], RemotePolicy.Unspecified, EmploymentType.FullTime, "facilities manager for our York hq, 5 yrs+", []), [], []),
            new OpenProject("tech-derby", new JobSpec("Maintenance Technician", "maintenance technician", "", ["Derby, GB"], RemotePolicy.Unspecified, EmploymentType.FullTime, "maintenance technician for Derby, nights", []), [], []),
        ]);

    // A project named by a word of its title as its request wrote it, the initials of its title, a short form in the plural or
    // among other words of its name ("the York FM role") is that project, whatever the open one is.
    [Theory]
    [InlineData("for the hse one, make it hybrid", PlanIntent.RefineRequirements, "hse-hull")]
    [InlineData("salary for hse tops out at 48k btw", PlanIntent.RefineRequirements, "hse-hull")]
    [InlineData("make CAFM a nice to have on the York FM role", PlanIntent.RefineRequirements, "fm-york")]
    [InlineData("PLC experience is a plus for the techs", PlanIntent.RefineRequirements, "tech-derby")]
    [InlineData("pull some fm profiles please", PlanIntent.FindCandidates, "fm-york")]
    [InlineData("ok go find me some techs", PlanIntent.FindCandidates, "tech-derby")]
    public async Task AnEarlierProjectNamedByAShortFormOfItsTitleActsOnThatProject(string message, PlanIntent intent, string project)
    {
        var plan = await TestResources.Planner.RunAsync(new PlanRequest(message, Dialogue: ReceptionistOpenAfterThree), ReasoningContext.None);

        Assert.Equal((intent, project), (plan.Intent, plan.ProjectId));
    }

    [Theory]
    [InlineData("also need an office manager role filled in Leeds")]
    [InlineData("new req: the Leeds office manager role, 3 yrs+")]
    public async Task ANewRoleThatSharesAWordWithAnEarlierProjectStartsItsOwn(string message)
    {
        var plan = await TestResources.Planner.RunAsync(new PlanRequest(message, Dialogue: ReceptionistOpenAfterThree), ReasoningContext.None);

        Assert.Equal((PlanIntent.StartProject, null), (plan.Intent, plan.ProjectId));
    }

    [Fact]
    public async Task TheOpenProjectNamedAsOneByAWordOfItsWrittenTitleIsThatProject()
    {
        var qa = new DialogueState(new OpenProject("qa-gent", new JobSpec("Test Automation Engineer", "test automation engineer", "", ["Ghent, BE"], RemotePolicy.Unspecified, EmploymentType.FullTime, "QA automation engineer for Ghent, selenium", []), ["selenium"], []), null);

        var plan = await TestResources.Planner.RunAsync(new PlanRequest("on the QA role, Cypress is a must as well", Dialogue: qa), ReasoningContext.None);

        Assert.Equal(PlanIntent.RefineRequirements, plan.Intent);
    }

    [Fact]
    public async Task ABackgroundAskedForIsARequirementNotACandidateToShow()
    {
        var plan = await TestResources.Planner.RunAsync(new PlanRequest("approved electrician wanted in glasgow, 18th edition + ECS gold card + 2391, commercial fit-out background"), ReasoningContext.None);

        Assert.Equal(PlanIntent.StartProject, plan.Intent);
    }

    [Fact]
    public async Task AnOrdinalThatLabelsARoleIsNotFeedbackOnACandidate()
    {
        var plan = await PlanInAsync("Second one: accounts payable clerk, also Bristol, jr, Excel");

        Assert.Equal(PlanIntent.StartProject, plan.Intent);
    }

    [Fact]
    public async Task TheTitleOfAnEarlierProjectSaidAgainIsThatProjectNotASecondOne()
    {
        // What the policy leaves of "paralegal, they should ideally be a mum, they understand the clients better".
        var plan = await TestResources.Planner.RunAsync(new PlanRequest("paralegal, they understand the clients better", Dialogue: OfficeManagerOpenAfterParalegal), ReasoningContext.None);

        Assert.NotEqual(PlanIntent.StartProject, plan.Intent);
        Assert.Equal("paralegal-cork", plan.ProjectId);
    }

    [Fact]
    public async Task AWordOfOnlyTheEarlierProjectsTitleNamedAsAProjectGoesBackToIt()
    {
        var payroll = new OpenProject("payroll-halifax", new JobSpec("Payroll Specialist", "payroll specialist", "", ["Halifax, CA"], RemotePolicy.Hybrid, EmploymentType.FullTime, "", []), ["adp"], []);
        var dialogue = OfficeManagerOpenAfterParalegal with { Others = [payroll, ParalegalCork] };

        var plan = await TestResources.Planner.RunAsync(new PlanRequest("ok back to the payroll one - Ceridian would be a bonus", Dialogue: dialogue), ReasoningContext.None);

        Assert.Equal((PlanIntent.RefineRequirements, "payroll-halifax"), (plan.Intent, plan.ProjectId));
        Assert.Equal("Ceridian would be a bonus", plan.Steps[0].Inputs[StepValueNames.Request]);
    }

    // Years said to be enough, in a message that goes back to an earlier project, are that project's, not the open one's.
    [Theory]
    [InlineData("back to the paralegal - 3 yrs is fine")]
    [InlineData("going back to the paralegal role, 4 years would do")]
    public async Task YearsSaidForAnEarlierProjectGoneBackToChangeThatProject(string message)
    {
        var dialogue = OfficeManagerOpenAfterParalegal with
        {
            Project = OfficeManagerOpenAfterParalegal.Project! with { Spec = OfficeManagerOpenAfterParalegal.Project!.Spec with { MinYears = 2 } },
            Others = [ParalegalCork with { Spec = ParalegalCork.Spec with { MinYears = 6 } }],
        };

        var plan = await TestResources.Planner.RunAsync(new PlanRequest(message, Dialogue: dialogue), ReasoningContext.None);

        Assert.Equal((PlanIntent.RefineRequirements, "paralegal-cork"), (plan.Intent, plan.ProjectId));
    }

    [Theory]
    [InlineData("make it hybrid for the paralegal one", "make it hybrid")]
    [InlineData("Going back to the paralegal role: Limerick, not Cork", "Limerick, not Cork")]
    public async Task TheStepsOfAReturnReadWhatChangesWithoutTheProjectsName(string message, string request)
    {
        var plan = await TestResources.Planner.RunAsync(new PlanRequest(message, Dialogue: OfficeManagerOpenAfterParalegal), ReasoningContext.None);

        Assert.Equal("paralegal-cork", plan.ProjectId);
        Assert.Equal(request, plan.Steps[0].Inputs[StepValueNames.Request]);
    }

    [Fact]
    public async Task AnotherRoleAnnouncedWithoutItsTitleIsANewProjectNotAChangeToTheOpenOne()
    {
        const string Message = "hiya, got one to fill in Berlin asap, onsite, German would be a bonus";
        var withOpen = await PlanInAsync(Message);

        Assert.Equal((PlanIntent.StartProject, PlanActions.CreateProject), (withOpen.Intent, withOpen.Steps[0].Action));
        Assert.Equal(PlanIntent.StartProject, (await PlanAsync(Message)).Intent);
    }

    [Theory]
    [InlineData("and a data analyst for the same location")]
    [InlineData("also a data analyst, same office as the last one")]
    [InlineData("and a data analyst at the same address")]
    [InlineData("on cherche aussi un data analyst, à la même adresse")]
    [InlineData("wir suchen auch einen data analyst am gleichen Standort")]
    public async Task ANewRoleForTheSameLocationIsWhereTheOpenProjectIs(string message)
    {
        var plan = await PlanInAsync(message);

        Assert.Equal((PlanIntent.StartProject, PlanActions.CreateProject), (plan.Intent, plan.Steps[0].Action));
        Assert.Equal(["data analyst"], plan.Slots.Titles);
        Assert.Contains("in Berlin, DE", plan.Steps[0].Inputs[StepValueNames.Request], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("also need a paralegal in Limerick")]
    [InlineData("make it hybrid please")]
    public async Task NamingAnotherRoleOrChangingTheOpenOneDoesNotGoBack(string message)
    {
        var plan = await TestResources.Planner.RunAsync(new PlanRequest(message, Dialogue: OfficeManagerOpenAfterParalegal), ReasoningContext.None);

        Assert.Null(plan.ProjectId);
    }

    // A new vacancy announced with the adjective after the noun, as Spanish, Italian and Portuguese put it, is a role whose title intake asks for.
    [Theory]
    [InlineData("Buongiorno! Abbiamo una posizione nuova a Milano, mi aiuti?")]
    [InlineData("Olá, temos uma vaga nova em Lisboa")]
    public async Task ANewVacancyAnnouncedInNounAdjectiveOrderStartsAProject(string message)
    {
        Assert.Equal(PlanIntent.StartProject, (await PlanAsync(message)).Intent);
    }

    [Fact]
    public async Task AGreetingBeforeARequestWithNothingOpenStartsAProject()
    {
        var plan = await PlanAsync("hey, looking for someone in Austin who knows Gainsight");

        Assert.Equal(PlanIntent.StartProject, plan.Intent);
    }

    [Theory]
    [InlineData("just testing whether this thing works, nothing to hire for yet")]
    [InlineData("I'll come back after lunch with a req")]
    [InlineData("necesito el informe hoy... sorry, wrong window")]
    public async Task AMessageThatPutsHiringOffStartsNothing(string message)
    {
        var plan = await PlanAsync(message);

        Assert.Equal(PlanIntent.SmallTalk, plan.Intent);
    }

    private static readonly DialogueState ReceptionistOpen = new(
        new OpenProject("rec-sevilla", new JobSpec("Front Desk Agent", "front desk agent", "", ["Seville, ES"], RemotePolicy.Unspecified, EmploymentType.FullTime, "", []), ["spanish", "opera pms"], []),
        null);

    [Theory]
    [InlineData("sorry typo - backend engineer not frontend")]
    [InlineData("oops, req title is backend engineer, not frontend engineer")]
    [InlineData("scratch that, make it a data analyst")]
    [InlineData("ach sorry, Munich not Berlin")]
    [InlineData("one thing: it's Munich, not Berlin, I had the wrong window open")]
    // In the other languages the planner reads.
    [InlineData("ich meinte Backend-Entwickler, Entschuldigung")]
    [InlineData("perdona, me equivoqué: es desarrollador backend")]
    public async Task PuttingTheOpenRolesTitleOrPlaceRightChangesItRatherThanStartingAnother(string message)
    {
        var plan = await PlanInAsync(message);

        Assert.Equal(PlanIntent.RefineRequirements, plan.Intent);
    }

    [Theory]
    [InlineData("also need a data analyst, not urgent")]
    [InlineData("sorry for the delay - new role: data analyst in Munich")]
    public async Task AnotherRoleBesideAnApologyOrANegationIsStillAnotherRole(string message)
    {
        var plan = await PlanInAsync(message);

        Assert.Equal(PlanIntent.StartProject, plan.Intent);
    }

    [Fact]
    public async Task ANewOneAskedForInSoManyWordsIsANewProjectEvenWithAnUnknownTitle()
    {
        var plan = await PlanInAsync("can you set up a new one instead - midwifery lecturer in Edinburgh, Python essential");

        Assert.Equal((PlanIntent.StartProject, PlanActions.CreateProject), (plan.Intent, plan.Steps[0].Action));
    }

    [Theory]
    [InlineData("ok lets see some candidates")]
    [InlineData("let me see who you've got")]
    public async Task AskingToSeeCandidatesSearchesTheOpenProject(string message)
    {
        var plan = await PlanInAsync(message);

        Assert.Equal(PlanIntent.FindCandidates, plan.Intent);
    }

    [Fact]
    public async Task ForgettingTheFirstWordOfAnOpenRequirementChangesTheProject()
    {
        var plan = await TestResources.Planner.RunAsync(new PlanRequest("forget about Opera, they'll train on the system", Dialogue: ReceptionistOpen), ReasoningContext.None);

        Assert.Equal(PlanIntent.RefineRequirements, plan.Intent);
    }

    [Theory]
    [InlineData("what did we say for years?")]
    [InlineData("how many yrs did we say")]
    [InlineData("what's on the must list now?")]
    public async Task AskingWhatTheOpenProjectSaysIsAboutItAndChangesNothing(string message)
    {
        var plan = await PlanInAsync(message);

        Assert.Equal(PlanIntent.ProjectStatus, plan.Intent);
    }

    [Fact]
    public async Task AnEarlierProjectNamedByItsPlaceAsALabelIsGoneBackTo()
    {
        var plan = await TestResources.Planner.RunAsync(new PlanRequest("cork one: make it hybrid", Dialogue: OfficeManagerOpenAfterParalegal), ReasoningContext.None);

        Assert.Equal(("paralegal-cork", PlanIntent.RefineRequirements), (plan.ProjectId, plan.Intent));
    }

    [Fact]
    public async Task OvernightTravelInARequestIsPartOfTheJobNotAQuestionAboutTheNight()
    {
        var plan = await PlanAsync("Regional sales rep covering regional Queensland, heaps of overnight travel");

        Assert.Equal(PlanIntent.StartProject, plan.Intent);
    }

    [Theory]
    [InlineData("Good question. Let's call it robotics maintenance technician.")]
    [InlineData("fair question - a payroll officer I think")]
    public async Task SayingGoodQuestionBeforeTheAnswerStillAnswersWhatIntakeAsked(string message)
    {
        var asked = new OpenQuestion(OpenQuestion.Intake, "Before I set this up, what is the job title?", "I need a person who keeps our warehouse robots running in Monterrey", ["title"]);

        var plan = await TestResources.Planner.RunAsync(new PlanRequest(message, Dialogue: new DialogueState(null, asked)), ReasoningContext.None);

        Assert.Equal(PlanIntent.StartProject, plan.Intent);
    }

    [Theory]
    [InlineData("unrelated - any tips for baking sourdough at home? the starter keeps dying")]
    [InlineData("random q, do you know a good python course for my nephew?")]
    [InlineData("totally unrelated but what's a decent react podcast for the commute")]
    [InlineData("off topic: could you draft a thank-you email for my neighbour?")]
    [InlineData("random q - could you help me write a leaving card message for my team lead?")]
    public async Task AMessageSetApartFromTheWorkIsNoChangeToTheOpenProject(string message)
    {
        var plan = await PlanInAsync(message);

        Assert.Equal((PlanIntent.Unknown, (string?)null), (plan.Intent, plan.ProjectId));
    }

    [Theory]
    [InlineData("haha no worries. they'd love someone who can also run toolbox talks, bonus though, not essential")]
    [InlineData("lol ok. someone who has done NEBOSH would help, not essential")]
    public async Task AWishLetDownToNiceToHaveAfterChatChangesTheOpenRole(string message)
    {
        var plan = await TestResources.Planner.RunAsync(new PlanRequest(message, Dialogue: GoRoleOpen), ReasoningContext.None);

        Assert.Equal(PlanIntent.RefineRequirements, plan.Intent);
    }

    [Theory]
    [InlineData("muchas gracias!")]
    [InlineData("muchísimas gracias :)")]
    [InlineData("muito obrigada!")]
    public async Task ThanksOfSeveralWordsInOtherLanguagesAreSmallTalk(string message)
    {
        var plan = await TestResources.Planner.RunAsync(new PlanRequest(message, Dialogue: GoRoleOpen), ReasoningContext.None);

        Assert.Equal(PlanIntent.SmallTalk, plan.Intent);
    }

    private static readonly DialogueState RemoteUkRoleOpen = new(
        new OpenProject("data-remote", new JobSpec("Data Engineer", "data engineer", "", [], RemotePolicy.Remote, EmploymentType.FullTime, "", [], null, [],
            [new Place(PlaceKind.Country, "United Kingdom", "GB", "")]), ["python", "go"], []),
        null);

    // Countries named for a remote role, with no title, are one more place its people may live: a change, not another project.
    [Theory]
    [InlineData("we could also hire in ireland")]
    [InlineData("happy to hire from portugal too")]
    public async Task ACountryToHireInForARemoteRoleWidensItsScope(string message)
    {
        var plan = await TestResources.Planner.RunAsync(new PlanRequest(message, Dialogue: RemoteUkRoleOpen), ReasoningContext.None);

        Assert.Equal(PlanIntent.RefineRequirements, plan.Intent);
    }

    [Theory]
    [InlineData("go is only a bonus now")]
    [InlineData("python is really just a plus")]
    public async Task ARequirementSaidToBeJustABonusChangesTheOpenRole(string message)
    {
        var plan = await TestResources.Planner.RunAsync(new PlanRequest(message, Dialogue: RemoteUkRoleOpen), ReasoningContext.None);

        Assert.Equal(PlanIntent.RefineRequirements, plan.Intent);
    }

    [Theory]
    [InlineData("how hard is it to find frontend engineers in Berlin right now?")]
    [InlineData("out of interest, how many react devs are there in berlin?")]
    [InlineData("what's the market like for frontend engineers in Munich?")]
    // Another title than the open role's, with "find" in the question: still no role.
    [InlineData("is it tough to find payroll clerks in leeds atm?")]
    [InlineData("how hard is it to hire welders in Perth these days?")]
    public async Task AQuestionAboutTheMarketForATitleStartsNothing(string message)
    {
        var plan = await PlanInAsync(message);

        Assert.NotEqual(PlanIntent.StartProject, plan.Intent);
        Assert.NotEqual(PlanIntent.FindCandidates, plan.Intent);
    }

    [Theory]
    [InlineData("on the frontend role: include next.js")]
    [InlineData("for the frontend one pls add vue")]
    public async Task AnEditVerbRightAfterTheOpenProjectNamedAsOneChangesIt(string message)
    {
        Assert.Equal(PlanIntent.RefineRequirements, (await PlanInAsync(message)).Intent);
    }
}
