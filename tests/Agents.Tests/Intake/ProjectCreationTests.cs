using Hiring.Agents.Intake.Steps;
using Hiring.Agents.Intake;
using Hiring.Agents.Tests.Intake.Support;
using Hiring.Contracts.Memory;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;

namespace Hiring.Agents.Tests.Intake;

public sealed class ProjectCreationTests
{
    private const string Request = "I need a senior backend engineer in Berlin, Go and Kubernetes, 5+ years";

    [Fact]
    public async Task CreatingAProjectStoresTheSpecAndUnapprovedVersionOneQualificationsFromTheRequest()
    {
        var harness = new IntakeHarness();

        var outcome = await harness.CreateAsync("p1", Request);

        var project = harness.Project("p1");
        Assert.Equal(IntakeHarness.Recruiter, project.Owner);
        Assert.Equal("Senior Backend Engineer", project.Spec!.Title);
        Assert.Equal("p1", outcome.ProjectId);
        Assert.Equal(["q1", "q2", "q3"], project.Qualifications.Select(q => q.Id));
        Assert.All(project.Qualifications, q =>
        {
            Assert.Equal(1, q.Version);
            Assert.False(q.Approved);
            Assert.Equal(QualificationOrigin.Request, q.Origin);
            Assert.Equal(QualificationKind.MustHave, q.Kind);
            Assert.Equal(1.0, q.Weight);
            Assert.True(q.Policy.Allowed);
        });
        Assert.Null(outcome.Question);
    }

    [Fact]
    public async Task WhatTheRecruiterToldTheAssistantAboutSuchARoleIsRecalledWithWhenAndNothingIsAppliedFromIt()
    {
        var harness = new IntakeHarness();
        var told = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
        harness.Grains.Memories[IntakeHarness.Recruiter] =
        [
            new MemoryEntry("m-1", "The Berlin HM hates job hoppers", MemoryKind.Preference, 0.9, new MemorySource(MemorySource.Message, "c-1", "fyi the Berlin HM hates job hoppers"), told),
            new MemoryEntry("m-2", "Our Leeds nurses need NMC pins", MemoryKind.Fact, 0.9, new MemorySource(MemorySource.Message, "c-2", "note: our Leeds nurses need NMC pins"), told),
        ];

        var outcome = await harness.CreateAsync("p1", Request);

        Assert.Contains("From what you told me before: \"The Berlin HM hates job hoppers\" (2 Mar)", outcome.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("NMC", outcome.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain(harness.Project("p1").Qualifications, q => q.Text.Contains("hopper", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task TheFollowUpAsksTheRecruiterToApproveEachQualification()
    {
        var harness = new IntakeHarness();

        var outcome = await harness.CreateAsync("p1", Request);

        var step = Assert.Single(outcome.FollowUps!);
        Assert.Equal((AgentKind.Intake, PlanActions.ApplyQualifications, true, ApprovalAction.ApplyQualificationChange), (step.Agent, step.Action, step.NeedsApproval, step.Approval));
        Assert.Equal("Go (must-have, from your request)", step.Inputs["q1"]);
        Assert.Equal("5+ years of experience as a backend engineer (must-have, from your request)", step.Inputs["q3"]);
        Assert.Contains("q1 Go (must-have, from your request)", outcome.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("warehouse manager in Zaragoza, SAP EWM", "customs clerk in Valencia", "Valencia, ES")]
    [InlineData("UX designer in Austin", "product designer in Paris", "Paris, FR")]
    [InlineData("project manager in Boston", "project manager in Cambridge", "Cambridge, US")]
    public async Task ACityNameSeveralCountriesShareIsReadWhereTheRecruitersLatestProjectIs(string first, string second, string place)
    {
        var harness = new IntakeHarness();
        await harness.CreateAsync("p1", first);

        await harness.CreateAsync("p2", second);

        Assert.Equal([place], harness.Project("p2").Spec!.Places!.Select(p => p.ToString()));
    }

    [Fact]
    public async Task AnotherRecruitersProjectsDoNotDecideWhichCityIsMeant()
    {
        var harness = new IntakeHarness();
        await harness.CreateAsync("p1", "project manager in Boston", recruiter: $"{IntakeHarness.Tenant}/someone-else");

        await harness.CreateAsync("p2", "project manager in Cambridge");

        Assert.Equal(["Cambridge, GB"], harness.Project("p2").Spec!.Places!.Select(p => p.ToString()));
    }

    [Fact]
    public async Task CreatingTheProjectRecordsItInTheTenantHistory()
    {
        var harness = new IntakeHarness();

        await harness.CreateAsync("p1", Request);

        var past = Assert.Single(await harness.Grains.History(IntakeHarness.Tenant).SimilarProjects("backend engineer", 5));
        Assert.Equal(("p1", IntakeHarness.Recruiter), (past.ProjectId, past.Owner));
    }

    [Fact]
    public async Task ARefusedQualificationIsKeptMarkedRefusedWithItsRewordingAndNeverApproved()
    {
        var harness = new IntakeHarness();
        const string description = """
            Senior Backend Engineer
            Location: Berlin
            Requirements:
            - 5+ years of Go
            - Native English speaker
            """;

        var outcome = await harness.CreateAsync("p1", description);
        var refused = harness.Project("p1").Qualifications.Single(q => q.Id == "q2");
        await harness.RunAsync(PlanActions.ApplyQualifications, "p1", outcome.FollowUps![0].Inputs);

        Assert.False(refused.Policy.Allowed);
        Assert.Equal("national-origin", refused.Policy.Attribute);
        Assert.Equal("Fluent English (C1+)", refused.Policy.Rewording);
        Assert.Contains("Fluent English (C1+)", outcome.FollowUps![0].Inputs["q2"], StringComparison.Ordinal);
        Assert.DoesNotContain("q2", harness.Project("p1").Decisions.Single().Approve);
        Assert.False(harness.Project("p1").Qualifications.Single(q => q.Id == "q2").Approved);
    }

    [Fact]
    public async Task NoLevelAndNoPlaceAreNoQuestionsTheProjectIsCreatedAndTheSummarySaysWhereItWillSearch()
    {
        var harness = new IntakeHarness();

        var outcome = await harness.CreateAsync("p1", "I need a backend engineer with Go");

        Assert.Null(outcome.Question);
        var spec = harness.Project("p1").Spec!;
        Assert.Equal(("backend engineer", "", 0), (spec.NormalizedTitle, spec.Seniority, spec.Locations.Count));
        Assert.Contains("didn't say where the role is based", outcome.Summary, StringComparison.Ordinal);
        Assert.NotNull(outcome.FollowUps);
    }

    [Fact]
    public async Task AMissingTitleIsTheOneQuestionAndItRemembersTheRequestItIsAbout()
    {
        var harness = new IntakeHarness();

        var outcome = await harness.CreateAsync("p1", "someone in Berlin who knows Go and Kubernetes");

        Assert.Contains("what is the job title", outcome.Question, StringComparison.Ordinal);
        Assert.Equal((OpenQuestion.Intake, "someone in Berlin who knows Go and Kubernetes", "title"), (outcome.Open!.Kind, outcome.Open.Request, outcome.Open.Missing.Single()));
        Assert.Null(harness.Project("p1").Spec);
    }

    [Fact]
    public async Task TheAnswerIsReadWithTheRequestItAnswers()
    {
        var harness = new IntakeHarness();

        var outcome = await harness.StepAsync(PlanActions.CreateProject, "p1", new CreateProjectInput(
            Request: "someone in Berlin who knows Go and Kubernetes",
            Answer: "a senior backend engineer, and Kafka is a plus"));

        Assert.Null(outcome.Question);
        var spec = harness.Project("p1").Spec!;
        Assert.Equal(("backend engineer", "senior", "Berlin"), (spec.NormalizedTitle, spec.Seniority, spec.Locations.Single()));
        var qualifications = harness.Project("p1").Qualifications;
        Assert.Equal(["go", "kubernetes"], qualifications.Where(q => q.Kind == QualificationKind.MustHave && q.Category == QualificationCategory.Skill).Select(q => q.Subject).Order());
        Assert.Equal("kafka", qualifications.Single(q => q.Kind == QualificationKind.NiceToHave).Subject);
    }

    [Fact]
    public async Task AMissingTitleIsAskedFor()
    {
        var outcome = await new IntakeHarness().CreateAsync("p1", "someone senior in Berlin who knows Go");

        Assert.Contains("what is the job title", outcome.Question, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheRecruitersSimilarPastProjectFillsMissingEssentialsAndTheSummarySaysSo()
    {
        var harness = new IntakeHarness();
        await harness.CreateAsync("p0", "I need a senior backend engineer in Berlin with Go");
        harness.Clock.SetUtcNow(harness.Clock.GetUtcNow().AddMonths(2));

        var outcome = await harness.CreateAsync("p1", "Another backend engineer please, Kubernetes");

        Assert.Null(outcome.Question);
        Assert.StartsWith("I used Berlin from your 'Senior Backend Engineer' project in March.", outcome.Summary, StringComparison.Ordinal);
        var spec = harness.Project("p1").Spec!;
        Assert.Equal(["Berlin"], spec.Locations);

        // The level is a filter: it is never taken from another project without being asked.
        Assert.Equal(("", "Backend Engineer"), (spec.Seniority, spec.Title));
    }

    [Fact]
    public async Task AnotherRecruitersProjectDoesNotFillTheGaps()
    {
        var harness = new IntakeHarness();
        await harness.CreateAsync("p0", "I need a senior backend engineer in Berlin with Go", recruiter: "acme/other");

        var outcome = await harness.CreateAsync("p1", "Another backend engineer please, Kubernetes");

        Assert.Null(outcome.Question);
        Assert.Empty(harness.Project("p1").Spec!.Locations);
        Assert.DoesNotContain("I used", outcome.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarketSkillsNotInTheRequestAreSuggestedAsNiceToHaves()
    {
        var harness = new IntakeHarness(new MarketSkill("go", 0.9, 40), new MarketSkill("docker", 0.6, 40), new MarketSkill("grpc", 0.3, 40), new MarketSkill("rare", 0.05, 40));

        await harness.CreateAsync("p1", Request);

        var suggested = harness.Project("p1").Qualifications.Where(q => q.Origin == QualificationOrigin.MarketInsights).ToList();
        Assert.Equal(["docker", "grpc"], suggested.Select(q => q.Subject));
        Assert.All(suggested, q => Assert.Equal((QualificationKind.NiceToHave, 0.5, QualificationCategory.Skill), (q.Kind, q.Weight, q.Category)));
        Assert.Equal(("backend engineer", "Berlin"), Assert.Single(harness.Market.Asked));
    }

    [Fact]
    public async Task SkillsOfPastHiresForTheTitleAreSuggestedWithTheirOrigin()
    {
        var harness = new IntakeHarness(new MarketSkill("docker", 0.6, 40));
        var history = harness.Grains.History(IntakeHarness.Tenant);
        await history.RecordHire("old1", "backend engineer", ["go", "postgresql", "docker"]);
        await history.RecordHire("old2", "backend engineer", ["postgresql"]);
        await history.RecordHire("old3", "data scientist", ["python"]);

        await harness.CreateAsync("p1", Request);

        var suggested = harness.Project("p1").Qualifications.Where(q => q.Origin == QualificationOrigin.PastHires).ToList();
        Assert.Equal(["postgresql"], suggested.Select(q => q.Subject));
        Assert.Equal(QualificationKind.NiceToHave, suggested[0].Kind);
        Assert.Contains("common among your past hires", harness.Wording.Describe(suggested[0]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOutcomePayloadRecordsTheEngineAndPromptVersion()
    {
        var outcome = await new IntakeHarness().CreateAsync("p1", Request);

        Assert.Contains($"\"model\":\"{BuiltInIntakeExtractor.EngineName}\"", outcome.Payload, StringComparison.Ordinal);
        Assert.Contains("\"promptVersion\":\"1\"", outcome.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOutcomePayloadNamesTheProjectItCreatedSoAPageOpensThatOneNotTheNewest()
    {
        var outcome = await new IntakeHarness().CreateAsync("p7", Request);

        Assert.Contains("\"projectId\":\"p7\"", outcome.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASecondRoleJoinedToTheFirstIsNoRequirementAndTheReplySaysHowToSetItUp()
    {
        var harness = new IntakeHarness();

        var outcome = await harness.CreateAsync("p1", "need a head chef and a sous chef for our new bistro in Brighton, HACCP");

        var project = harness.Project("p1");
        Assert.Equal("head chef", project.Spec!.NormalizedTitle);
        Assert.DoesNotContain(project.Qualifications, q => q.Subject == "sous chef");
        Assert.Contains("You also named sous chef", outcome.Summary, StringComparison.Ordinal);
        Assert.Contains("\"and a sous chef in Brighton\"", outcome.Summary, StringComparison.Ordinal);
    }
}
