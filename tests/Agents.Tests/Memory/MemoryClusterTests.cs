using Hiring.Agents.Identity;
using Hiring.Agents.Memory;
using Hiring.Agents.Supervisor;
using Hiring.Agents.Tests.Support;
using Hiring.Contracts.Memory;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Tests.Memory;

/// <summary>The recruiter's memory in the running product: told in chat, recalled with its provenance, corrected, forgotten for good, and never another recruiter's.</summary>
public sealed partial class MemoryClusterTests(MemoryWorld world) : IClassFixture<MemoryWorld>
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task WhatTheRecruiterAsksToKeepIsRecalledWithItsWordsAndDateAndAPlainRequestKeepsNothing()
    {
        using var scope = TenantScope.For("acme");
        var (supervisor, memory) = Recruiter("acme", "mia");

        await SayAsync(supervisor, "m-1", "fyi our Berlin HM hates job hoppers", 1);
        await SayAsync(supervisor, "m-2", "need a senior java developer in Munich, Spring and Kafka", 2);

        var kept = Assert.Single(await memory.List());
        Assert.Equal(("The Berlin HM hates job hoppers", MemoryKind.Preference), (kept.Text.Replace("Our", "The", StringComparison.Ordinal), kept.Kind));
        Assert.Equal((MemorySource.Message, "m-1", "fyi our Berlin HM hates job hoppers"), (kept.Source.Kind, kept.Source.Reference, kept.Source.Quote));

        await SayAsync(supervisor, "m-3", "what do you remember about Berlin?", 3);
        var answer = await LastStepTextAsync(supervisor);
        Assert.Contains("job hoppers", answer, StringComparison.Ordinal);
        Assert.Contains($"you said it on {kept.At:d MMM yyyy}", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AChangeNotedWithARoleOpenPutsTheKeptMemoryRightAndLeavesTheRole()
    {
        using var scope = TenantScope.For("acme");
        var (supervisor, memory) = Recruiter("acme", "rav");

        await SayAsync(supervisor, "w-1", "Ravensworth Farms: first interview on Zoom, then a site visit at their Dunedin yard", 1);
        await SayAsync(supervisor, "w-2", "need a farm hand in Otago, tractor licence", 2);
        await SayAsync(supervisor, "w-3", "change from Ravensworth: the site visits now happen at their Gore depot", 3);

        var kept = (await memory.List()).Where(e => e.Kind != MemoryKind.Episode).ToList();
        Assert.Contains(kept, e => e.Text.Contains("Gore", StringComparison.Ordinal));
        Assert.DoesNotContain(kept, e => e.Text.Contains("Dunedin", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ARemovalOfOnePartOfAKeptClientNoteWithARoleOpenForgetsThatPartAndLeavesTheRole()
    {
        using var scope = TenantScope.For("acme");
        var (supervisor, memory) = await ConversationAsync(
            "dun",
            "for the file on Dunmore Care: 15% fee, 6-month rebate, HM is Aisling Reid, and every carer needs QQI level 5",
            "need 6 care assistants in Galway, QQI level 5",
            "scrap the rebate bit for Dunmore, they dropped it. the rest is fine");

        Assert.Equal(PlanIntent.Forget, (await LastPlanAsync(supervisor)).Intent);
        var told = string.Join('\n', (await memory.List()).Where(e => e.Kind != MemoryKind.Episode).Select(e => e.Text));
        Assert.DoesNotContain("rebate", told, StringComparison.Ordinal);
        Assert.Contains("Aisling Reid", told, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhoDoesWhatAtAClientNamedEarlierInTheMessageIsAnsweredFromMemoryWithARoleOpen()
    {
        string[] said =
        [
            "fyi the Perth account is Kestrel Mining, our rate there is 20% and the hiring manager is Dave Ng",
            "need 4 diesel fitters in Perth, trade cert",
            "who's the hiring manager at Kestrel?",
        ];
        using var scope = TenantScope.For("acme");
        var (supervisor, _) = await ConversationAsync("kes", said);

        Assert.Contains("Dave Ng", await LastStepTextAsync(supervisor), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANewProjectRecallsWhatTheRecruiterToldAboutSuchRolesAndWhyAnswersFromThatMemory()
    {
        using var scope = TenantScope.For("acme");
        var (supervisor, _) = Recruiter("acme", "nia");
        await SayAsync(supervisor, "n-1", "fyi our Berlin HM hates job hoppers", 1);

        await SayAsync(supervisor, "n-2", "need a senior backend engineer in Berlin, Go and Kubernetes", 2);
        Assert.Contains("From what you told me before: \"Our Berlin HM hates job hoppers\"", await LastStepTextAsync(supervisor), StringComparison.Ordinal);

        await SayAsync(supervisor, "n-3", "why did you bring up the Berlin HM and job hoppers?", 3);
        var why = await LastStepTextAsync(supervisor);
        Assert.Contains("It also follows what you told me: \"Our Berlin HM hates job hoppers\" (you said it on", why, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMessageThatOnlyTellsAMemoryAsksForNothingElseThoughItSoundsLikeWork()
    {
        using var scope = TenantScope.For("acme");
        var (supervisor, memory) = Recruiter("acme", "pia");

        await SayAsync(supervisor, "p-1", "also please note that I prefer candidates to send portfolios as PDF", 1);

        var plan = await LastPlanAsync(supervisor);
        Assert.Equal((PlanIntent.Remember, PlanActions.Remember), (plan.Intent, Assert.Single(plan.Steps).Action));
        Assert.Contains("portfolios as PDF", Assert.Single(await memory.List()).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARolesBandAndWhoApprovesAboveItAreOnlyMemoriesThoughTheyNameAJobTitle()
    {
        using var scope = TenantScope.For("acme");
        var (supervisor, memory) = Recruiter("acme", "bea");

        await SayAsync(supervisor, "b-1", "band for Staff Nurse (Cork) is €42k-48k base. anything above that needs Farida Haidari in finance to approve", 1);

        Assert.Equal(PlanIntent.Remember, (await LastPlanAsync(supervisor)).Intent);
        Assert.Contains("Farida Haidari", Assert.Single(await memory.List()).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADecisionOnAnApprovalIsKeptAsTheRecruitersDecisionWithTheApprovalItCameFrom()
    {
        using var scope = TenantScope.For("acme");
        var (supervisor, memory) = Recruiter("acme", "dan");
        await SayAsync(supervisor, "d-1", "need a senior backend engineer in Berlin, Go and Kubernetes", 1);
        var approval = Assert.Single(await supervisor.Approvals(pendingOnly: true));

        await supervisor.Decide(approval.Id, new ApprovalDecision(ApprovalVerdict.Reject, Note: "the team wants to rethink the role"));

        var decision = Assert.Single(await memory.List());
        Assert.Equal((MemoryKind.Decision, MemorySource.Approval, approval.Id), (decision.Kind, decision.Source.Kind, decision.Source.Reference));
        Assert.Equal($"You rejected: {approval.Summary} (the team wants to rethink the role)", decision.Text);
    }

    [Fact]
    public async Task ARefusedPreferenceIsNeverKeptThoughTheRecruiterAskedToRememberIt()
    {
        using var scope = TenantScope.For("acme");
        var (supervisor, memory) = Recruiter("acme", "raj");

        await supervisor.Post(new MessageEnvelope("r-1", "remember the client wants men for the warehouse roles"));
        await Wait.UntilAsync(async () => (await supervisor.EventsAfter(0, 500)).Any(e => e.Kind == AssistantEventKind.PlanCompleted), Patience, "the message was answered");
        await SayAsync(supervisor, "r-2", "note that the warehouse roles need a forklift licence", 2);

        var kept = Assert.Single(await memory.List());
        Assert.Contains("forklift", kept.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(await memory.List(), e => e.Text.Contains("men", StringComparison.OrdinalIgnoreCase) && !e.Text.Contains("forklift", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AForgottenMemoryIsGoneFromTheStoredStateAndNeverRecalledAgain()
    {
        using var scope = TenantScope.For("acme");
        var (supervisor, memory) = Recruiter("acme", "lea");
        await SayAsync(supervisor, "l-1", "remember that Derek wants a take-home before any onsite", 1);
        await SayAsync(supervisor, "l-2", "note that our Leeds interviews are on Tuesdays", 2);

        await SayAsync(supervisor, "l-3", "forget the Derek take-home thing", 3);

        var left = Assert.Single(await memory.List());
        Assert.Contains("Tuesdays", left.Text, StringComparison.Ordinal);
        Assert.Empty(await memory.Recall("Derek take-home onsite", 10));
        await SayAsync(supervisor, "l-4", "what do you remember about Derek?", 4);
        Assert.DoesNotContain("take-home", await LastStepTextAsync(supervisor), StringComparison.Ordinal);

        // Deleted, not hidden: no stored memory row holds the words any more.
        Assert.DoesNotContain(StoredMemoryRows(), row => row.Contains("take-home", StringComparison.Ordinal));
        Assert.Contains(StoredMemoryRows(), row => row.Contains("Tuesdays", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AQuestionAboutAForgottenPersonsLikingIsAnsweredFromTheEmptyMemoryNeverByQuotingTheOldMessage()
    {
        using var scope = TenantScope.For("acme");
        var (supervisor, memory) = Recruiter("acme", "ria");
        await SayAsync(supervisor, "r-1", "good to know for later - Priya in Pune prefers calls after 3pm IST", 1);
        await SayAsync(supervisor, "r-2", "can you forget everything about Priya", 2);
        Assert.Empty(await memory.List());

        await SayAsync(supervisor, "r-3", "when does Priya like calls?", 3);

        var answer = await LastStepTextAsync(supervisor);
        Assert.DoesNotContain("3pm", answer, StringComparison.Ordinal);
        Assert.Contains("don't remember", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACorrectionReplacesTheNameItSaysIsGone()
    {
        using var scope = TenantScope.For("acme");
        var (supervisor, memory) = Recruiter("acme", "sam");
        await SayAsync(supervisor, "s-1", "remember: our Frankfurt risk team HM is Stefan Vogel", 1);

        await SayAsync(supervisor, "s-2", "Correction: Stefan left, it's Katrin Beck now", 2);

        var kept = Assert.Single(await memory.List());
        Assert.Equal("Our Frankfurt risk team HM is Katrin Beck", kept.Text);
        Assert.Equal("Our Frankfurt risk team HM is Stefan Vogel", kept.Replaced);
    }

    [Theory]
    // A correction that names what a kept memory is about (a client, a person) and gives it a new value, in no words of a
    // requirement, puts that memory right though a project is open and other messages came between (seen in a tryout: the
    // client's new fee was planned as a change of the open role's requirements).
    [InlineData("update - bluewave is 17% now")]
    [InlineData("correction: bluewave pays 17% these days")]
    public async Task ACorrectionOfAKeptMemoryWithAProjectOpenPutsTheMemoryRightAndLeavesTheRole(string correction)
    {
        using var scope = TenantScope.For("acme");
        var (supervisor, memory) = Recruiter("acme", $"fee{correction.Length}");
        await SayAsync(supervisor, "f-1", "remember that Bluewave Logistics pays us a 15% placement fee", 1);
        await SayAsync(supervisor, "f-2", "need a warehouse supervisor in Leeds, SAP and a forklift licence", 2);
        await ApproveAndFinishAsync(supervisor);

        await SayAsync(supervisor, "f-3", correction, 4);

        Assert.Equal(PlanIntent.Remember, (await LastPlanAsync(supervisor)).Intent);
        var kept = Assert.Single(await memory.List(), e => e.Kind == MemoryKind.Fact);
        Assert.Contains("17%", kept.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("15%", kept.Text, StringComparison.Ordinal);
    }

    // Terms listed after a client's name are a memory an item: one bit is forgotten alone, the rest asked about in a fragment
    // with no question mark, and everything about the client forgets every item, whose own words never name it.
    [Fact]
    public async Task ATermListIsForgottenABitAtATimeOrWholeAndAskedAboutInAFragment()
    {
        using var scope = TenantScope.For("acme");
        var (supervisor, memory) = Recruiter("acme", "lio");
        await SayAsync(supervisor, "l-1", "a few things re Caldwell Freight: their HM is Tom Price, margin 12%, rebate of 8 weeks", 1);
        Assert.Equal(3, (await memory.List()).Count);

        await SayAsync(supervisor, "l-2", "remove the rebate part for caldwell from your notes, still being agreed", 2);
        Assert.DoesNotContain(await memory.List(), e => e.Text.Contains("rebate", StringComparison.Ordinal));

        await SayAsync(supervisor, "l-3", "caldwell's margin + HM", 3);
        Assert.Equal(PlanIntent.RecallMemory, (await LastPlanAsync(supervisor)).Intent);
        var answer = await LastReplyAsync(supervisor);
        Assert.Contains("12%", answer, StringComparison.Ordinal);
        Assert.Contains("Tom Price", answer, StringComparison.Ordinal);

        await SayAsync(supervisor, "l-4", "forget everything you've got on Caldwell, we lost them", 4);
        Assert.Empty(await memory.List());
    }

    [Fact]
    public async Task ScratchThatWithOnlyTheNewNameRightAfterAMemoryPutsThatMemoryRight()
    {
        using var scope = TenantScope.For("acme");
        var (supervisor, memory) = Recruiter("acme", "zoe");
        await SayAsync(supervisor, "z-1", "remember the night manager at the Kinsale hotel is Fionnuala", 1);

        // Nothing in it but the new name: it corrects the memory just kept rather than keeping nothing.
        await SayAsync(supervisor, "z-2", "scratch that, it's Ruairí now", 2);

        var kept = Assert.Single(await memory.List());
        Assert.Contains("Ruairí", kept.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Fionnuala", kept.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACorrectionOfTheOpenRoleRightAfterAMemoryLeavesTheMemoryAlone()
    {
        using var scope = TenantScope.For("acme");
        var (supervisor, memory) = Recruiter("acme", "kai");
        await SayAsync(supervisor, "k-1", "need a line cook for our Galway restaurant, HACCP would be nice", 1);
        await SayAsync(supervisor, "k-2", "remember the head chef there is Aoife", 2);

        // "actually" opens a change of the role, not of the memory just kept: it names skills and a number of hires.
        await SayAsync(supervisor, "k-3", "actually make it 3 line cooks and they need tally for stock", 3);

        var kept = Assert.Single(await memory.List());
        Assert.Contains("Aoife", kept.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("tally", kept.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TheOpenRolesOwnTermsSaidInPassingAreNoMemory()
    {
        using var scope = TenantScope.For("acme");
        var (supervisor, memory) = Recruiter("acme", "ola");
        await SayAsync(supervisor, "o-1", "need a site engineer for a project in Riyadh, AutoCAD, 6+ years", 1);

        // What the job offers is the open project's (its FAQ, once approved), not something to recall for every role.
        await SayAsync(supervisor, "o-2", "we cover relocation and family housing btw", 2);

        Assert.Empty(await memory.List());
    }

    [Fact]
    public async Task AQuestionTheAssistantCannotAnswerIsNotAnsweredByAMemoryThatOnlySharesItsPlace()
    {
        using var scope = TenantScope.For("acme");
        var (supervisor, _) = Recruiter("acme", "tom");
        await SayAsync(supervisor, "t-1", "fyi Siobhan in the Cork office signs off all payroll offers", 1);

        // The weather in Cork is nothing the memory knows: the memory shares the place, not what is asked.
        await SayAsync(supervisor, "t-2", "random q, any idea what the weather's like in Cork this week?", 2);

        var reply = await LastReplyAsync(supervisor);
        Assert.DoesNotContain("Siobhan", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQuestionAboutTheRecruitersOwnWeekReadAsBookingAScreenIsAnsweredFromTheMemory()
    {
        using var scope = TenantScope.For("acme");
        var (supervisor, _) = Recruiter("acme", "wes");
        await SayAsync(supervisor, "w-1", "fyi I never do calls on Wednesdays, that's my pipeline review day", 1);

        // Nothing is to be booked: the recruiter asks which day stays free of screens, which only the memory knows.
        await SayAsync(supervisor, "w-2", "which day of the week should nobody book me in for video screens?", 2);

        Assert.Equal(PlanIntent.RecallMemory, (await LastPlanAsync(supervisor)).Intent);
        Assert.Contains("Wednesdays", await LastReplyAsync(supervisor), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnplacedQuestionIsAnsweredByAMemoryThatSharesMoreThanItsName()
    {
        using var scope = TenantScope.For("acme");
        var (supervisor, _) = Recruiter("acme", "yan");
        await SayAsync(supervisor, "y-1", "fyi Larkfield Foods: 60-day guarantee on every placement", 1);

        // More than the client's name: the guarantee is what is asked about, in other words.
        await SayAsync(supervisor, "y-2", "suppose a Larkfield starter quits after a month, do we still owe them a replacement?", 2);

        Assert.Contains("60-day", await LastReplyAsync(supervisor), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQuestionInAnyLanguageAboutAClientOnlyTheMemoryNamesIsAnsweredFromItThoughReadAsWork()
    {
        using var scope = TenantScope.For("acme");
        var (supervisor, _) = Recruiter("acme", "ines");
        await SayAsync(supervisor, "i-1", "fyi Brisa Logística runs its final interviews at the Setúbal depot with Nuno Costa", 1);
        await SayAsync(supervisor, "i-2", "need 6 forklift drivers in Lisbon", 2);

        // Nothing but the memory knows Brisa, whatever the question was read as with the forklift role open.
        await SayAsync(supervisor, "i-3", "¿y quién lleva la última ronda en Brisa?", 3);
        Assert.Equal(PlanIntent.RecallMemory, (await LastPlanAsync(supervisor)).Intent);
        Assert.Contains("Nuno Costa", await LastReplyAsync(supervisor), StringComparison.Ordinal);

        await SayAsync(supervisor, "i-4", "where do Brisa finalists have to go?", 4);
        Assert.Contains("Setúbal", await LastReplyAsync(supervisor), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQuestionReadAsWorkWithNoProjectOpenIsAnsweredByAMemoryThatSharesItsSubject()
    {
        using var scope = TenantScope.For("acme");
        var (supervisor, _) = Recruiter("acme", "olga");
        await SayAsync(supervisor, "o-1", "fyi I sign my client emails 'Best wishes, Ola'", 1);

        // There is no draft to write with no project open: only the memory answers.
        await SayAsync(supervisor, "o-2", "come chiudo le email ai clienti?", 2);

        Assert.Contains("Best wishes, Ola", await LastReplyAsync(supervisor), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQuestionWhoseWordsWouldPutAMemoryRightCorrectsNothingAndIsAnswered()
    {
        using var scope = TenantScope.For("acme");
        var (supervisor, memory) = Recruiter("acme", "ugo");
        await SayAsync(supervisor, "u-1", "fyi Marlow Foods: 60-day replacement guarantee on every placement", 1);
        var kept = Assert.Single(await memory.List());

        await SayAsync(supervisor, "u-2", "if a Marlow hire resigns in week six, do we have to replace them?", 2);

        Assert.Equal(kept.Text, Assert.Single(await memory.List()).Text);
        Assert.Contains("60-day", await LastReplyAsync(supervisor), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnswerNamesAShortSubjectAndNotAQuestionsLeftoverWords()
    {
        using var scope = TenantScope.For("acme");
        var (supervisor, _) = Recruiter("acme", "vic");
        await SayAsync(supervisor, "v-1", "fyi Dermot in the Leeds office signs off all payroll offers", 1);

        await SayAsync(supervisor, "v-2", "who signs off payroll offers in Leeds?", 2);
        var answer = await LastReplyAsync(supervisor);
        Assert.StartsWith("Here's what I remember:", answer, StringComparison.Ordinal);
        Assert.Contains("Dermot", answer, StringComparison.Ordinal);

        await SayAsync(supervisor, "v-3", "what do you remember about Leeds?", 3);
        var named = await LastReplyAsync(supervisor);
        Assert.StartsWith("Here's what I remember about leeds:", named, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ScratchThatLastOneRightAfterAMemoryForgetsItAndOnlyIt()
    {
        using var scope = TenantScope.For("acme");
        var (supervisor, memory) = Recruiter("acme", "uma");
        await SayAsync(supervisor, "u-1", "note for later: we always pay relocation for Singapore hires", 1);
        await SayAsync(supervisor, "u-2", "keep in mind Wei Ling is our contact at the Singapore client", 2);

        // Right after a memory the planner reads "scratch that" as putting it right; with nothing said instead it forgets it.
        await SayAsync(supervisor, "u-3", "scratch that last one", 3);

        var kept = Assert.Single(await memory.List());
        Assert.Contains("relocation", kept.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneRecruitersMemoryIsInvisibleToAnotherAndToAnotherCompany()
    {
        using (TenantScope.For("acme"))
        {
            var (ana, _) = Recruiter("acme", "ana");
            await SayAsync(ana, "a-1", "remember that Jana is the hiring manager for the data roles", 1);
        }

        using (TenantScope.For("acme"))
        {
            var (ben, benMemory) = Recruiter("acme", "ben");
            Assert.Empty(await benMemory.Recall("who is the hiring manager for the data roles? Jana", 10));
            await SayAsync(ben, "b-1", "what do you remember about the data roles?", 1);
            Assert.DoesNotContain("Jana", await LastStepTextAsync(ben), StringComparison.Ordinal);
        }

        using (TenantScope.For("globex"))
        {
            // The same recruiter id in another company is another person with another memory.
            var (_, otherAna) = Recruiter("globex", "ana");
            Assert.Empty(await otherAna.List());
        }

        using (TenantScope.For("globex"))
        {
            // Another company's caller cannot reach acme's memory at all: it reads as unknown.
            var acmeAna = world.Cluster.Client.GetGrain<IRecruiterMemory>(GrainKeys.Recruiter("acme", "ana"));
            await Assert.ThrowsAnyAsync<Exception>(() => acmeAna.List());
        }
    }

    [Fact]
    public async Task WorkOnAProjectIsKeptAsOneEpisodeOnceTheRecruiterMovesOnRecalledWhenAskedAndForgottenOnRequest()
    {
        using var scope = TenantScope.For("acme");
        var (supervisor, memory) = Recruiter("acme", "eva");
        await SayAsync(supervisor, "e-1", "need a senior backend engineer in Berlin, Go and Kubernetes", 1);
        await ApproveAndFinishAsync(supervisor);
        var berlin = Assert.Single(await supervisor.Approvals(pendingOnly: false)).ProjectId;
        Assert.DoesNotContain(await memory.List(), e => e.Kind == MemoryKind.Episode);

        await SayAsync(supervisor, "e-2", "new req: data engineer in Munich, SQL and Spark", 3);
        await ApproveAndFinishAsync(supervisor);

        // The episode is kept just after the plan that ended the stretch announced its end.
        await Wait.UntilAsync(async () => (await memory.List()).Any(e => e.Kind == MemoryKind.Episode), Patience, "the Berlin episode was kept");
        var episode = Assert.Single(await memory.List(), e => e.Kind == MemoryKind.Episode);
        Assert.StartsWith("On ", episode.Text, StringComparison.Ordinal);
        Assert.Contains("Senior Backend Engineer (Berlin", episode.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("you set up the project", episode.Text, StringComparison.Ordinal);
        Assert.Equal((MemorySource.Conversation, berlin), (episode.Source.Kind, episode.Source.ProjectId));

        await SayAsync(supervisor, "e-3", "what did we do on the Berlin role today?", 5);
        var answer = await LastStepTextAsync(supervisor);
        Assert.Contains(episode.Text, answer, StringComparison.Ordinal);
        Assert.Contains("from our conversation on", answer, StringComparison.Ordinal);

        await memory.Forget([episode.Id]);
        var asked = await supervisor.LastSequence();
        await SayAsync(supervisor, "e-4", "what did we do on the Berlin role today?", 6);
        Assert.DoesNotContain(await supervisor.EventsAfter(asked, 500), e => e.Text.Contains("you set up the project", StringComparison.Ordinal));
        // Asked about the past, the Munich conversation going on is summarised too; the forgotten Berlin one never comes back.
        Assert.DoesNotContain(await memory.List(), e => e.Kind == MemoryKind.Episode && e.Source.ProjectId == berlin);
    }

    /// <summary>An episode's stretch can name a project whose creation still waits for its approval: the desk reads no project, it does not throw.</summary>
    [Fact]
    public async Task TheDeskReadsNoSnapshotOfAProjectThatDoesNotExistYet()
    {
        using var scope = TenantScope.For("acme");
        var desk = new GrainProjectDesk(world.Cluster.Client);

        Assert.Null(await desk.SnapshotAsync("acme", "not-created-yet"));
        Assert.Null(await desk.OpenAsync("acme", "not-created-yet"));
    }

    [Fact]
    public async Task WorkPutOffForgetsNothingAndForgettingEverythingAboutASubjectForgetsEveryMemoryThatNamesIt()
    {
        using var scope = TenantScope.For("acme");
        var (supervisor, memory) = Recruiter("acme", "rua");
        await SayAsync(supervisor, "r-1", "fyi Dublin roles all need a full driving licence", 1);
        await SayAsync(supervisor, "r-2", "the Dublin HM is Cathal", 2);
        await SayAsync(supervisor, "r-3", "Cork interviews are all on Teams", 3);
        Assert.Equal(3, (await memory.List()).Count);

        await SayAsync(supervisor, "r-4", "forget the Cork search for today, we'll pick it up on Monday", 4);
        Assert.Equal(3, (await memory.List()).Count);

        await SayAsync(supervisor, "r-5", "forget everything about the Dublin hires", 5);
        Assert.Equal("Cork interviews are all on Teams", Assert.Single(await memory.List()).Text);
    }

    [Fact]
    public async Task AFactToldBesideWorkIsKeptWithWhatTheWorkIsAbout()
    {
        using var scope = TenantScope.For("acme");
        var (supervisor, memory) = Recruiter("acme", "sol");

        await SayAsync(supervisor, "s-1", "working the night porter req for the Keswick hotel. Tomas (duty manager) wants hospitality experience", 1);

        var kept = Assert.Single(await memory.List(), e => e.Kind != MemoryKind.Episode);
        Assert.StartsWith("Tomas (duty manager) wants hospitality experience (", kept.Text, StringComparison.Ordinal);
        Assert.Contains("Keswick", kept.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgettingOneDetailOfAMemoryKeepsTheRestAndScratchThatWithNewTermsPutsThemRight()
    {
        using var scope = TenantScope.For("acme");
        var (supervisor, memory) = Recruiter("acme", "fia");

        await SayAsync(supervisor, "f-1", "Harlow Foods, Leeds - fyi they pay 18% on perm, sign-on bonus capped at 2k, and Priya Shah (HM) wants portfolios", 1);
        await SayAsync(supervisor, "f-2", "forget the sign-on bonus bit, they dropped it", 2);

        var rest = Assert.Single(await memory.List(), e => e.Text.StartsWith("Harlow Foods", StringComparison.Ordinal));
        Assert.DoesNotContain("bonus", rest.Text, StringComparison.Ordinal);
        Assert.Contains("18% on perm", rest.Text, StringComparison.Ordinal);
        Assert.Contains(await memory.List(), e => e.Text.Contains("Priya Shah", StringComparison.Ordinal));

        await SayAsync(supervisor, "f-3", "Corvel signed our terms: 15% of annual salary, guarantee of 60 days", 3);
        await SayAsync(supervisor, "f-4", "scratch that, Corvel came back and agreed 17% instead", 4);

        var corvel = (await memory.List()).Where(e => e.Text.Contains("Corvel", StringComparison.Ordinal)).Select(e => e.Text).ToList();
        Assert.Contains(corvel, t => t.Contains("17%", StringComparison.Ordinal));
        Assert.Contains(corvel, t => t.Contains("60 days", StringComparison.Ordinal));
        Assert.DoesNotContain(corvel, t => t.Contains("15%", StringComparison.Ordinal));

        // A forget that does not say it is about a part forgets the whole memory: keeping the rest could keep what was meant to go.
        await SayAsync(supervisor, "f-5", "Brantwood Dairy, Carlisle - fyi they pay 16% on perm, relocation capped at 3k", 5);
        await SayAsync(supervisor, "f-6", "forget the relocation stuff please", 6);

        Assert.DoesNotContain(await memory.List(), e => e.Text.Contains("Brantwood", StringComparison.Ordinal));
    }

    /// <summary>Approves the pending approval and waits for its plan to finish.</summary>
    private static async Task ApproveAndFinishAsync(IRecruiterSupervisor supervisor)
    {
        var pending = Assert.Single(await supervisor.Approvals(pendingOnly: true));
        await supervisor.Decide(pending.Id, new ApprovalDecision(ApprovalVerdict.Approve));
        await Wait.UntilAsync(
            async () => (await supervisor.EventsAfter(0, 500)).Any(e => e.Kind is AssistantEventKind.PlanCompleted or AssistantEventKind.PlanFailed && e.PlanId == pending.PlanId),
            Patience,
            $"the plan {pending.PlanId} finished");
    }

    private (IRecruiterSupervisor Supervisor, IRecruiterMemory Memory) Recruiter(string tenant, string recruiter)
    {
        var key = GrainKeys.Recruiter(tenant, recruiter);
        return (world.Cluster.Client.GetGrain<IRecruiterSupervisor>(key), world.Cluster.Client.GetGrain<IRecruiterMemory>(key));
    }

    /// <summary>A recruiter of acme who said each message in turn, each answered before the next.</summary>
    private async Task<(IRecruiterSupervisor Supervisor, IRecruiterMemory Memory)> ConversationAsync(string recruiter, params string[] messages)
    {
        var (supervisor, memory) = Recruiter("acme", recruiter);
        for (var i = 0; i < messages.Length; i++)
        {
            await SayAsync(supervisor, $"{recruiter}-{i + 1}", messages[i], i + 1);
        }

        return (supervisor, memory);
    }

    private static async Task SayAsync(IRecruiterSupervisor supervisor, string messageId, string text, int answered)
    {
        await supervisor.Post(new MessageEnvelope(messageId, text));
        await Wait.UntilAsync(
            async () => (await supervisor.EventsAfter(0, 500)).Count(e => e.Kind is AssistantEventKind.PlanCompleted or AssistantEventKind.PlanFailed or AssistantEventKind.ApprovalRequested) >= answered,
            Patience,
            $"'{text}' was answered");
    }

    private static async Task<string> LastStepTextAsync(IRecruiterSupervisor supervisor) =>
        (await supervisor.EventsAfter(0, 500)).Last(e => e.Kind == AssistantEventKind.StepCompleted).Text;

    private static async Task<string> LastReplyAsync(IRecruiterSupervisor supervisor) =>
        (await supervisor.EventsAfter(0, 500)).Last(e => e.Kind == AssistantEventKind.Reply).Text;

    private static async Task<Plan> LastPlanAsync(IRecruiterSupervisor supervisor) =>
        EventJson.Deserialize<PlanCreatedPayload>((await supervisor.EventsAfter(0, 500)).Last(e => e.Kind == AssistantEventKind.PlanCreated).Payload!).Plan;

    /// <summary>Every stored memory state row of the data folder, its bytes read as UTF-8.</summary>
    private IReadOnlyList<string> StoredMemoryRows() => StoredState.Texts(world.DataDirectory, stateName: RecruiterMemoryGrain.StateName);
}
