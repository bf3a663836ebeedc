using Hiring.Agents.Intake.Steps;
using Hiring.Agents.SubAgents;
using Hiring.Agents.Tests.Intake.Support;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Reasoning.Understanding.Requests;

namespace Hiring.Agents.Tests.Intake;

public sealed class RequirementRefinementTests
{
    private const string Description = """
        Senior Backend Engineer
        Location: Berlin
        Requirements:
        - 5+ years of Go
        - BSc in Computer Science
        Nice to have:
        - Kubernetes
        """;

    private static async Task<IntakeHarness> CreatedAsync()
    {
        var harness = new IntakeHarness();
        var outcome = await harness.CreateAsync("p1", Description);
        await harness.RunAsync(PlanActions.ApplyQualifications, "p1", outcome.FollowUps![0].Inputs);
        return harness;
    }

    private static async Task<IntakeHarness> AppliedAsync(string text)
    {
        var harness = await CreatedAsync();
        var outcome = await RefineAsync(harness, text);
        await harness.RunAsync(PlanActions.ApplyQualifications, "p1", Assert.Single(outcome.FollowUps!).Inputs);
        return harness;
    }

    private static async Task<IntakeHarness> CreatedAsync(string request)
    {
        var harness = new IntakeHarness();
        var outcome = await harness.CreateAsync("p1", request);
        await harness.RunAsync(PlanActions.ApplyQualifications, "p1", outcome.FollowUps![0].Inputs);
        return harness;
    }

    private static async Task ApplyAsync(IntakeHarness harness, string text) =>
        await harness.RunAsync(PlanActions.ApplyQualifications, "p1", Assert.Single((await RefineAsync(harness, text)).FollowUps!).Inputs);

    private static async Task AppliedIfAnyAsync(IntakeHarness harness, string text)
    {
        if ((await RefineAsync(harness, text)).FollowUps is [var followUp, ..])
        {
            await harness.RunAsync(PlanActions.ApplyQualifications, "p1", followUp.Inputs);
        }
    }

    private static Task<Contracts.Agents.StepOutcome> RefineAsync(IntakeHarness harness, string text) =>
        harness.RunAsync(PlanActions.RefineRequirements, "p1", new Dictionary<string, string> { ["request"] = text });

    [Fact]
    public async Task MakingASkillAMustHaveProposesItsNewVersionForApproval()
    {
        var harness = await CreatedAsync();

        var outcome = await RefineAsync(harness, "make Kubernetes a must-have");

        var proposed = harness.Project("p1").Qualifications.Single(q => q.Id == "q3");
        Assert.Equal((QualificationKind.MustHave, 1.0, 2, false), (proposed.Kind, proposed.Weight, proposed.Version, proposed.Approved));
        var step = Assert.Single(outcome.FollowUps!);
        Assert.Equal((PlanActions.ApplyQualifications, ApprovalAction.ApplyQualificationChange, "q3"), (step.Action, step.Approval, step.Inputs["approve"]));

        await harness.RunAsync(PlanActions.ApplyQualifications, "p1", step.Inputs);
        Assert.True(harness.Project("p1").Qualifications.Single(q => q.Id == "q3").Approved);
    }

    [Fact]
    public async Task TheJobsTermsSaidOfTheOpenProjectAreProposedAsItsFaqAnswersAndKeptOnceApproved()
    {
        var harness = await CreatedAsync();
        var before = harness.Project("p1").Spec!.Faq;

        var outcome = await RefineAsync(harness, "we pay 55-65k plus pension btw, and we can sponsor visas");

        Assert.Contains("55-65k", outcome.Summary, StringComparison.Ordinal);
        Assert.Equal(before, harness.Project("p1").Spec!.Faq);
        await harness.RunAsync(PlanActions.ApplyQualifications, "p1", Assert.Single(outcome.FollowUps!).Inputs);
        var faq = harness.Project("p1").Spec!.Faq;
        Assert.Contains(faq, e => e.Answer.Contains("55-65k", StringComparison.Ordinal));
        Assert.Contains(faq, e => e.Answer == "We can sponsor visas");
        Assert.Contains(faq, e => e.Answer == "We pay 55-65k plus pension");
        Assert.Equal(faq.Count, faq.Select(e => e.Question).Distinct(StringComparer.OrdinalIgnoreCase).Count());

        // Said again with another band, the pay answer is replaced, not added.
        await ApplyAsync(harness, "actually the band is 60-70k");
        Assert.Single(harness.Project("p1").Spec!.Faq, e => e.Answer.Contains("60-70k", StringComparison.Ordinal));
        Assert.DoesNotContain(harness.Project("p1").Spec!.Faq, e => e.Answer.Contains("55-65k", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AShiftPatternIsKeptOnTheProjectInTheRecruitersWordsAndConfirmedInTheReply()
    {
        var harness = await CreatedAsync();

        var outcome = await RefineAsync(harness, "nights only, add that");

        var kept = Assert.Single(harness.Project("p1").Qualifications, q => q.Text.StartsWith("Nights", StringComparison.Ordinal));
        Assert.Equal(("Nights only", QualificationCategory.Other, (string?)null), (kept.Text, kept.Category, kept.Subject));
        Assert.Contains("Nights only", outcome.Summary, StringComparison.Ordinal);
        await harness.RunAsync(PlanActions.ApplyQualifications, "p1", Assert.Single(outcome.FollowUps!).Inputs);

        // Said again, it is the condition already kept, not a second one.
        await RefineAsync(harness, "nights only");
        Assert.Single(harness.Project("p1").Qualifications, q => q.Text.StartsWith("Nights", StringComparison.Ordinal));
    }

    [Theory]
    // A take-back that goes on to say what instead removes nothing it names.
    [InlineData("forget that kubernetes is a must they wont budge on it", "kubernetes", QualificationKind.MustHave)]
    // A clause opened mid-message, typed with no punctuation, keeps its own wording.
    [InlineData("go is a nice to have actually they said kubernetes is required", "kubernetes", QualificationKind.MustHave)]
    // A preference verb, and "would be ideal", make a nice-to-have.
    [InlineData("they prefer someone with terraform experience", "terraform", QualificationKind.NiceToHave)]
    [InlineData("kafka would be ideal", "kafka", QualificationKind.NiceToHave)]
    // A deal breaker is a must, and being able to drive is the driving licence (seen in a tryout: "Deal Breaker" and
    // "Able to drive tho" were kept as requirements of their own).
    [InlineData("forklift certification is a dealbreaker for this client", "forklift operation", QualificationKind.MustHave)]
    [InlineData("has to be able to drive though, that's a deal breaker", "driving licence", QualificationKind.MustHave)]
    public async Task AChangeTypedWithoutPunctuationKeepsEachClausesOwnWording(string text, string subject, QualificationKind kind)
    {
        var harness = await AppliedAsync(text);

        Assert.Equal(kind, Assert.Single(harness.Project("p1").Qualifications, q => q.Subject == subject).Kind);
    }

    [Fact]
    public async Task AClauseOpenedMidMessageDoesNotTakeTheWordingOfTheOneBefore()
    {
        var harness = await AppliedAsync("go is a nice to have actually they said kubernetes is required");

        Assert.Equal(QualificationKind.NiceToHave, Assert.Single(harness.Project("p1").Qualifications, q => q.Subject == "go").Kind);
    }

    [Fact]
    public async Task DroppingOneOfTheRolesOwnRequirementsInLowerCaseRemovesItEvenWhenNoVocabularyKnowsIt()
    {
        var harness = await CreatedAsync("Sous chef for a hotel in Sydney, Italian cuisine, food safety certificate");
        var cuisine = Assert.Single(harness.Project("p1").Qualifications, q => q.Subject == "italian cuisine");

        var outcome = await RefineAsync(harness, "actually drop the italian cuisine, any cuisine is fine");

        var step = Assert.Single(outcome.FollowUps!);
        Assert.Equal(cuisine.Id, step.Inputs["remove"]);
        await harness.RunAsync(PlanActions.ApplyQualifications, "p1", step.Inputs);
        Assert.DoesNotContain(harness.Project("p1").Qualifications, q => q.Subject == "italian cuisine");
    }

    [Fact]
    public async Task ASpecOnlyChangeSaysTheSpecChangedWithoutListingTheQualificationsApprovedBefore()
    {
        var harness = await CreatedAsync();
        var refined = await RefineAsync(harness, "make it remote");

        var applied = await harness.RunAsync(PlanActions.ApplyQualifications, "p1", Assert.Single(refined.FollowUps!).Inputs);

        Assert.Equal("The spec is updated.", applied.Summary);
        Assert.Equal(RemotePolicy.Remote, harness.Project("p1").Spec!.Remote);
    }

    [Theory]
    [InlineData("it's a warehouse floor job, no remote", RemotePolicy.OnSite)]
    [InlineData("remote? no wait, it's on the shop floor - onsite", RemotePolicy.OnSite)]
    public async Task NoBeforeAWorkArrangementOrATakenBackWordLeavesNoRequirement(string text, RemotePolicy remote)
    {
        var harness = await CreatedAsync();

        await ApplyAsync(harness, text);

        Assert.Equal(remote, harness.Project("p1").Spec!.Remote);
    }

    [Theory]
    [InlineData("payroll administrator in Leeds, Sage essential, 4+ years of experience", "hmm why is the experience a must? it can be a nice to have", QualificationCategory.Experience, QualificationKind.NiceToHave)]
    [InlineData("warehouse lead in Bremen, SAP, 5 years experience", "ok so the years were a must, but they can be nice to have now", QualificationCategory.Experience, QualificationKind.NiceToHave)]
    public async Task ARequirementNamedByItsKindMovesBetweenMustAndNiceAsTheLastClauseSays(string request, string change, QualificationCategory category, QualificationKind kind)
    {
        var harness = await CreatedAsync(request);
        Assert.Equal(QualificationKind.MustHave, Assert.Single(harness.Project("p1").Qualifications, q => q.Category == category).Kind);

        await AppliedIfAnyAsync(harness, change);

        Assert.Equal(kind, Assert.Single(harness.Project("p1").Qualifications, q => q.Category == category).Kind);
        Assert.All(harness.Project("p1").Qualifications.Where(q => q.Category != category), q => Assert.Equal(QualificationKind.MustHave, q.Kind));
    }

    [Fact]
    public async Task DroppingTheDegreeRequirementProposesItsRemoval()
    {
        var harness = await CreatedAsync();

        var outcome = await RefineAsync(harness, "drop the degree requirement");

        var step = Assert.Single(outcome.FollowUps!);
        Assert.Equal("q2", step.Inputs["remove"]);
        Assert.StartsWith("remove q2 ", step.Summary);
        await harness.RunAsync(PlanActions.ApplyQualifications, "p1", step.Inputs);
        Assert.DoesNotContain(harness.Project("p1").Qualifications, q => q.Category == QualificationCategory.Education);
    }

    [Fact]
    public async Task MakingItRemoteWithinTheEuProposesASpecChangeThatApplyingUpdatesTheSpec()
    {
        var harness = await CreatedAsync();

        var outcome = await RefineAsync(harness, "make it remote within the EU");

        var step = Assert.Single(outcome.FollowUps!);
        Assert.Contains("remote within EU", outcome.Summary, StringComparison.Ordinal);
        Assert.Equal(RemotePolicy.Unspecified, harness.Project("p1").Spec!.Remote);
        await harness.RunAsync(PlanActions.ApplyQualifications, "p1", step.Inputs);
        var spec = harness.Project("p1").Spec!;
        Assert.Equal((RemotePolicy.Remote, "EU"), (spec.Remote, spec.RemoteWithin!.Single().Name));
    }

    [Fact]
    public async Task AHybridRoleNoLongerLimitsWhereRemoteWorkersLive()
    {
        var harness = await CreatedAsync();
        await ApplyAsync(harness, "make it remote within the EU");

        await ApplyAsync(harness, "can we do hybrid in Lisbon instead?");

        var spec = harness.Project("p1").Spec!;
        Assert.Equal(RemotePolicy.Hybrid, spec.Remote);
        Assert.Empty(spec.RemoteWithin ?? []);
    }

    [Theory]
    [InlineData("actually make it Munich", "Munich")]
    [InlineData("open it up to Munich too", "Berlin,Munich")]
    // A city that is also a word ("Worms") is a place when set against the place it replaces, or after "make it".
    [InlineData("Worms, not Berlin", "Worms")]
    [InlineData("scratch that, Worms not Berlin", "Worms")]
    [InlineData("make it Worms", "Worms")]
    // Words of a move beside words that add: the place is added.
    [InlineData("could you add Munich as a second location?", "Berlin,Munich")]
    [InlineData("is it possible to also search in Munich? we'd relocate the right person", "Berlin,Munich")]
    [InlineData("move it to Munich", "Munich")]
    // A smaller town of the role's country, added in the words of widening the search.
    [InlineData("widen the search to Wismar", "Berlin,Wismar")]
    [InlineData("expand the search to include Wismar", "Berlin,Wismar")]
    [InlineData("can we broaden it to Wismar as well", "Berlin,Wismar")]
    [InlineData("add Wismar", "Berlin,Wismar")]
    [InlineData("could you add Wismar also as location", "Berlin,Wismar")]
    [InlineData("client moved it to Wismar", "Wismar")]
    public async Task APlaceChangeReplacesOrAddsToTheSpecsPlaces(string text, string places)
    {
        var harness = await CreatedAsync();

        var outcome = await RefineAsync(harness, text);
        await harness.RunAsync(PlanActions.ApplyQualifications, "p1", Assert.Single(outcome.FollowUps!).Inputs);

        Assert.Equal(places, string.Join(',', harness.Project("p1").Spec!.Locations));
    }

    [Fact]
    public async Task WhatIsSwappedInForARequirementIsProposedInTheRecruitersWordsEvenWhenUnknown()
    {
        var harness = await CreatedAsync();
        var must = harness.Project("p1").Qualifications.First(q => q.Kind == QualificationKind.MustHave && q.Subject is not null);

        var outcome = await RefineAsync(harness, $"swap {must.Subject} for Quixotica");

        var proposed = StepValues.Bind<ApplyQualificationsInput>(Assert.Single(outcome.FollowUps!).Inputs);
        Assert.Contains(must.Id, proposed.Remove ?? []);
        Assert.Contains(harness.Project("p1").Qualifications, q => q.Subject == "quixotica");
    }

    [Theory]
    [InlineData("drop Berlin")]
    // The place kept is named beside the one dropped.
    [InlineData("scratch Berlin, Munich only")]
    [InlineData("take out Berlin, just Munich")]
    public async Task DroppingOneOfTheSpecsPlacesKeepsTheOthers(string text)
    {
        var harness = await CreatedAsync();
        await harness.RunAsync(PlanActions.ApplyQualifications, "p1", Assert.Single((await RefineAsync(harness, "open it up to Munich too")).FollowUps!).Inputs);

        var outcome = await RefineAsync(harness, text);
        await harness.RunAsync(PlanActions.ApplyQualifications, "p1", Assert.Single(outcome.FollowUps!).Inputs);

        Assert.Equal("Munich", string.Join(',', harness.Project("p1").Spec!.Locations));
    }

    [Fact]
    public async Task ALevelChangeUpdatesTheSpecsSeniorityAndTitle()
    {
        var harness = await CreatedAsync();

        var outcome = await RefineAsync(harness, "actually staff level, not senior");
        await harness.RunAsync(PlanActions.ApplyQualifications, "p1", Assert.Single(outcome.FollowUps!).Inputs);

        Assert.Equal(("staff", "Staff Backend Engineer"), (harness.Project("p1").Spec!.Seniority, harness.Project("p1").Spec!.Title));
    }

    [Theory]
    [InlineData("bump it to staff", "staff")]
    [InlineData("make it a lead role", "lead")]
    [InlineData("upgrade it to principal", "principal")]
    public async Task ALevelThatEndsAnEditAsItsObjectBecomesTheSpecsSeniority(string text, string level)
    {
        var harness = await AppliedAsync(text);

        Assert.Equal(level, harness.Project("p1").Spec!.Seniority);
    }

    [Theory]
    [InlineData("any level is fine")]
    [InlineData("seniority doesn't matter")]
    public async Task LettingTheLevelGoClearsTheSpecsSeniorityAndItsTitle(string text)
    {
        var harness = await AppliedAsync(text);

        Assert.Equal(("", "Backend Engineer"), (harness.Project("p1").Spec!.Seniority, harness.Project("p1").Spec!.Title));
    }

    [Fact]
    public async Task LettingTheLocationGoClearsTheSpecsPlaces()
    {
        var harness = await AppliedAsync("location doesn't matter");

        Assert.Empty(harness.Project("p1").Spec!.Locations);
    }

    [Fact]
    public async Task ForgettingTheYearsClearsTheSpecsMinimum()
    {
        var harness = await CreatedAsync("Backend engineer in Berlin, Go, 8+ years");

        await ApplyAsync(harness, "forget the years requirement");

        Assert.Null(harness.Project("p1").Spec!.MinYears);
    }

    [Theory]
    [InlineData("actually scrap the last one I added")]
    [InlineData("hmm remove what we just added")]
    public async Task TheRequirementAddedLastIsRemovedWhenNamedByWhenItCame(string text)
    {
        var harness = await CreatedAsync("QA engineer in Leeds, Selenium, Java");
        await ApplyAsync(harness, "add Cypress as well");

        await ApplyAsync(harness, text);

        var subjects = harness.Project("p1").Qualifications.Select(q => q.Subject).ToList();
        Assert.DoesNotContain("cypress", subjects);
        Assert.Contains("selenium", subjects);
    }

    [Fact]
    public async Task AKindOfSkillNamedAsOneOfTheRolesRequirementsRemovesThoseOfThatKind()
    {
        var harness = await CreatedAsync("Platform engineer in Dublin, Ansible, Azure");

        await ApplyAsync(harness, "drop the cloud one please");

        var subjects = harness.Project("p1").Qualifications.Select(q => q.Subject).ToList();
        Assert.DoesNotContain("microsoft azure", subjects);
        Assert.Contains("ansible", subjects);
    }

    [Theory]
    [InlineData("Java isn't required anymore", null)]
    [InlineData("java is not needed any more", null)]
    [InlineData("Java isn't required", QualificationKind.NiceToHave)]
    public async Task ARequirementNotRequiredAnyMoreLeavesTheRole(string text, QualificationKind? kind)
    {
        var harness = await CreatedAsync("QA engineer in Leeds, Selenium, Java");

        await ApplyAsync(harness, text);

        Assert.Equal(kind, harness.Project("p1").Qualifications.SingleOrDefault(q => q.Subject == "java")?.Kind);
    }

    [Fact]
    public async Task ALanguageNamedWithAnElidedArticleIsTheOneLetGo()
    {
        var harness = await CreatedAsync("Accountant in Geneva, SAP, German, French");

        await ApplyAsync(harness, "l'allemand, laissez tomber");

        var subjects = harness.Project("p1").Qualifications.Select(q => q.Subject).ToList();
        Assert.DoesNotContain("german", subjects);
        Assert.Contains("french", subjects);
    }

    [Theory]
    [InlineData("terraform no es imprescindible")]
    [InlineData("Terraform nicht unbedingt nötig")]
    public async Task ARequirementSaidNotToBeIndispensableIsNiceToHave(string text)
    {
        var harness = await CreatedAsync("devops engineer in Madrid, Jenkins, Terraform");

        await ApplyAsync(harness, text);

        Assert.Equal(QualificationKind.NiceToHave, Assert.Single(harness.Project("p1").Qualifications, q => q.Subject == "terraform").Kind);
    }

    [Theory]
    [InlineData("jenkins is nice but not essential")]
    [InlineData("spanish would help as well")]
    [InlineData("would be helpful if they had spanish")]
    public async Task ARequirementSaidToBeNiceOrToHelpIsNiceToHave(string text)
    {
        var harness = await CreatedAsync("devops engineer in Madrid, Jenkins, Terraform");

        await ApplyAsync(harness, text);

        var subject = text.Contains("jenkins", StringComparison.Ordinal) ? "jenkins" : "spanish";
        Assert.Equal(QualificationKind.NiceToHave, Assert.Single(harness.Project("p1").Qualifications, q => q.Subject == subject).Kind);
    }

    [Fact]
    public async Task ATwoWordProductInLowerCaseIsMovedByItsName()
    {
        var harness = await CreatedAsync("motion designer in Bristol, Figma, After Effects");

        await ApplyAsync(harness, "after effects is optional");

        Assert.Equal(QualificationKind.NiceToHave, Assert.Single(harness.Project("p1").Qualifications, q => q.Subject == "adobe after effects").Kind);
    }

    [Theory]
    // Another spelling of a requirement's skill ("excel" for "Microsoft Excel", "aml" for "Anti-Money Laundering") moves or
    // drops that requirement, never adds a second (seen in a tryout: "make excel a must" added "Excel" beside the nice-to-have
    // "Microsoft Excel").
    [InlineData("finance assistant in Bristol, Sage, excel would be nice", "excel is essential now", "microsoft excel", QualificationKind.MustHave)]
    [InlineData("finance assistant in Bristol, Sage, Microsoft Excel", "tbh excel is optional now", "microsoft excel", QualificationKind.NiceToHave)]
    [InlineData("finance assistant in Bristol, Sage, Microsoft Excel", "excel isn't needed anymore", "microsoft excel", null)]
    [InlineData("compliance analyst in Mumbai, AML, Hindi", "aml is just a bonus now", "anti-money laundering", QualificationKind.NiceToHave)]
    // Named twice in one message, in two of its forms, it changes once.
    [InlineData("compliance analyst in Mumbai, AML, Hindi", "kyc and aml are optional now", "anti-money laundering", QualificationKind.NiceToHave)]
    public async Task AnotherSpellingOfARequirementsSkillChangesThatRequirement(string request, string text, string subject, QualificationKind? kind)
    {
        var harness = await CreatedAsync(request);
        var count = harness.Project("p1").Qualifications.Count;

        await ApplyAsync(harness, text);

        var qualifications = harness.Project("p1").Qualifications;
        Assert.Equal(kind is null ? count - 1 : count, qualifications.Count);
        Assert.Equal(kind, qualifications.SingleOrDefault(q => q.Subject == subject)?.Kind);
    }

    [Theory]
    // A requirement the role has, named in a clause that weighs nothing (pay, notice, when someone starts), keeps its kind,
    // whichever of its skill's forms names it ("spreadsheets" is a form of Excel, "kyc" of anti-money laundering).
    [InlineData("finance assistant in Bristol, Sage, Excel nice to have", "", "spreadsheets all day in this one, notice of 30 days is fine", "microsoft excel")]
    [InlineData("finance assistant in Bristol, Sage, excel would be nice", "", "excel heavy role btw, salary max 28k, immediate starters", "microsoft excel")]
    [InlineData("compliance analyst in Mumbai, AML, Hindi", "aml is a nice to have now", "the kyc team budget is 12 lpa max, immediate joiners only", "anti-money laundering")]
    public async Task AClauseThatWeighsNothingLeavesTheNiceToHaveItNamesAsItIs(string request, string madeNice, string text, string subject)
    {
        var harness = await CreatedAsync(request);
        if (madeNice.Length > 0)
        {
            await ApplyAsync(harness, madeNice);
        }

        var before = harness.Project("p1").Qualifications.Select(q => (q.Subject, q.Kind, q.Version)).ToList();

        await RefineAsync(harness, text);

        Assert.Equal(QualificationKind.NiceToHave, before.Single(q => q.Subject == subject).Kind);
        Assert.Equal(before, harness.Project("p1").Qualifications.Select(q => (q.Subject, q.Kind, q.Version)).ToList());
    }

    [Theory]
    [InlineData("Oracle isn't a dealbreaker", QualificationKind.NiceToHave)]
    [InlineData("we're flexible on Oracle", QualificationKind.NiceToHave)]
    [InlineData("Oracle is a dealbreaker though", QualificationKind.MustHave)]
    public async Task AShortNameChangesTheRequirementsItHeads(string text, QualificationKind kind)
    {
        var harness = await CreatedAsync("ERP analyst in Leeds, Oracle EBS and Oracle Fusion, 4+ years");
        if (kind == QualificationKind.MustHave)
        {
            await ApplyAsync(harness, "Oracle EBS and Oracle Fusion are optional");
        }

        await ApplyAsync(harness, text);

        var oracle = harness.Project("p1").Qualifications.Where(q => q.Subject?.StartsWith("oracle ", StringComparison.Ordinal) == true).ToList();
        Assert.True(oracle.Count >= 2, string.Join(", ", oracle.Select(q => q.Subject)));
        Assert.All(oracle, q => Assert.Equal(kind, q.Kind));
        Assert.DoesNotContain(harness.Project("p1").Qualifications, q => q.Subject == "oracle");
    }

    [Fact]
    public async Task ARequirementWishedForLightlyBecomesNiceToHaveAndStays()
    {
        var harness = await CreatedAsync("Site reliability engineer in Oslo, Terraform and Ansible");

        await ApplyAsync(harness, "Ansible would be lovely but we'll live without it");

        Assert.Equal(QualificationKind.NiceToHave, harness.Project("p1").Qualifications.Single(q => q.Subject == "ansible").Kind);
    }

    [Theory]
    [InlineData("Ansible doesn't have to be required, just preferred")]
    [InlineData("ansible doesnt need to be a must, nice to have is fine")]
    [InlineData("Ansible isnt essential")]
    public async Task ARequirementSaidNotToHaveToBeAMustBecomesNiceToHave(string text)
    {
        var harness = await CreatedAsync("Site reliability engineer in Oslo, Terraform and Ansible");

        await ApplyAsync(harness, text);

        var qualifications = harness.Project("p1").Qualifications;
        Assert.Equal(QualificationKind.NiceToHave, qualifications.Single(q => q.Subject == "ansible").Kind);
        Assert.DoesNotContain(qualifications, q => q.Subject is "doesnt" or "isnt");
    }

    [Theory]
    [InlineData("9 is too many, let's say 6", 6)]
    [InlineData("9 yrs is a bit much, 7 will do", 7)]
    [InlineData("sorry not nine I said nine I meant six six years", 6)]
    [InlineData("not 9, it's 7 years", 7)]
    [InlineData("the FD says it isn't a hard requirement any more, so please drop the 9 years", null)]
    [InlineData("forget the 9+ yrs, experience doesn't matter", null)]
    public async Task TheRolesOwnYearsNamedBackAreReplacedOrDropped(string text, int? years)
    {
        var harness = await CreatedAsync("Site reliability engineer in Oslo, Terraform, 9+ years");

        await ApplyAsync(harness, text);

        Assert.Equal(years, harness.Project("p1").Spec!.MinYears);
    }

    [Theory]
    [InlineData("Ansible isn't relevant after all, take it off")]
    [InlineData("ansible's no longer relevant")]
    [InlineData("on second thought, leave Ansible off altogether")]
    [InlineData("hmm forget what I said, no Ansible")]
    [InlineData("ok no ansible then")]
    [InlineData("ansible can go")]
    [InlineData("Ansible kann weg")]
    [InlineData("Ansible benötigen wir eigentlich nicht")]
    [InlineData("Ansible hoeven we niet")]
    [InlineData("Ansible, laisse tomber")]
    [InlineData("Ansible ya no hace falta")]
    [InlineData("Ansible non serve più")]
    [InlineData("Ansible não é necessário")]
    public async Task ARequirementSaidToBeNoLongerRelevantIsRemoved(string text)
    {
        var harness = await CreatedAsync("Site reliability engineer in Oslo, Terraform and Ansible");

        await ApplyAsync(harness, text);

        var subjects = harness.Project("p1").Qualifications.Select(q => q.Subject).ToList();
        Assert.DoesNotContain("ansible", subjects);
        Assert.Contains("terraform", subjects);
    }

    [Theory]
    [InlineData("9 is too many, let's say 6", 6)]
    [InlineData("9 is too many to review, show me 5", null)]
    [InlineData("12 is too many, let's say 6", null)]
    [InlineData("4 yrs would be plenty honestly, 9 is too many for what we pay", 4)]
    [InlineData("9 years is a lot; 5 or 6 would do", null)]
    [InlineData("on reflection 6 yrs of experience is plenty", 6)]
    [InlineData("argh scratch that, 7 is fine", 7)]
    [InlineData("7 is fine", null)]
    [InlineData("profile 7 is fine, actually", null)]
    [InlineData("9 yrs is way too much, 4-6 is fine", 4)]
    [InlineData("4 to 6 yrs would do", 4)]
    public void OnlyTheRolesOwnYearsNamedBackAreReplaced(string text, int? years) =>
        Assert.Equal(years, YearsRestated.NewValue(text, 9));

    [Fact]
    public async Task ARangeWithNoUnitSaidToBeEnoughRelaxesTheYears()
    {
        var harness = await CreatedAsync("Financial analyst in Denver, Excel, 5+ years");

        await ApplyAsync(harness, "they've loosened up, two to four is fine now");

        Assert.Equal(2, harness.Project("p1").Spec!.MinYears);
    }

    [Fact]
    public async Task YearsOfAToolAddedToARoleThatAsksOverallYearsAreTheToolsOwn()
    {
        var harness = await CreatedAsync("Financial analyst in Denver, Excel, 4+ years");

        await ApplyAsync(harness, "plus 3 years of Adaptive Insights, that's a must");

        Assert.Equal(4, harness.Project("p1").Spec!.MinYears);
        var tool = Assert.Single(harness.Project("p1").Qualifications, q => q.Subject == "adaptive insights");
        Assert.Equal(3, tool.MinYears);
    }

    [Theory]
    [InlineData("take Ansible off, the platform team owns that now")]
    [InlineData("can you knock Ansible off")]
    public async Task ARequirementPartedFromOffByTheVerbIsRemoved(string text)
    {
        var harness = await CreatedAsync("Site reliability engineer in Oslo, Terraform and Ansible");

        await ApplyAsync(harness, text);

        Assert.DoesNotContain(harness.Project("p1").Qualifications, q => q.Subject == "ansible");
        Assert.Contains(harness.Project("p1").Qualifications, q => q.Subject == "terraform");
    }

    [Fact]
    public async Task ABareCountAsTheObjectOfAnEditIsTheYears()
    {
        var harness = await CreatedAsync("QA engineer in Pune, Selenium, 5+ years");

        await ApplyAsync(harness, "make it 3+");

        Assert.Equal(3, harness.Project("p1").Spec!.MinYears);
    }

    [Fact]
    public async Task EachOfTwoAddedSkillsTakesTheLabelRightAfterIt()
    {
        var harness = await CreatedAsync("QA engineer in Austin, Cypress");

        await ApplyAsync(harness, "make it remote within the US, add Playwright as a must and Jira as a bonus");

        var qualifications = harness.Project("p1").Qualifications;
        Assert.Equal(QualificationKind.MustHave, qualifications.Single(q => q.Subject == "playwright").Kind);
        Assert.Equal(QualificationKind.NiceToHave, qualifications.Single(q => q.Subject == "jira").Kind);
    }

    [Fact]
    public async Task TwoEditsJoinedByAndAreReadEachWithItsOwnWording()
    {
        var harness = await CreatedAsync("data engineer in Warsaw, Python, Spark");

        await ApplyAsync(harness, "Make Python optional and add Airflow as a must");

        var qualifications = harness.Project("p1").Qualifications;
        Assert.Equal(QualificationKind.NiceToHave, qualifications.Single(q => q.Subject == "python").Kind);
        Assert.Equal(QualificationKind.MustHave, qualifications.Single(q => q.Subject == "airflow").Kind);
    }

    [Theory]
    [InlineData("not senior — mid")]
    [InlineData("can we make it mid instead")]
    [InlineData("mid, not senior")]
    public async Task ALevelStatedAloneOrAgainstTheOneLeftBecomesTheSpecsSeniority(string text)
    {
        var harness = await AppliedAsync(text);

        Assert.Equal("mid", harness.Project("p1").Spec!.Seniority);
    }

    [Theory]
    [InlineData("swap Go for Rust")]
    [InlineData("replace go with rust")]
    [InlineData("make it Rust instead of Go")]
    [InlineData("Rust, not Go")]
    public async Task ASkillSwappedOutIsRemovedAndTheOneSwappedInProposed(string text)
    {
        var harness = await AppliedAsync(text);

        var subjects = harness.Project("p1").Qualifications.Select(q => q.Subject).ToList();
        Assert.DoesNotContain("go", subjects);
        Assert.Contains("rust", subjects);
    }

    [Fact]
    public async Task ASkillSwappedInForANiceToHaveIsANiceToHave()
    {
        var harness = await CreatedAsync("ML engineer in Amsterdam, must have PyTorch, Ray is a nice to have");

        await ApplyAsync(harness, "swap Ray for Kubeflow");

        var qualifications = harness.Project("p1").Qualifications;
        Assert.DoesNotContain(qualifications, q => q.Subject == "ray");
        Assert.Equal(QualificationKind.NiceToHave, Assert.Single(qualifications, q => q.Subject == "kubeflow").Kind);
        Assert.Equal(QualificationKind.MustHave, Assert.Single(qualifications, q => q.Subject == "pytorch").Kind);
    }

    [Theory]
    [InlineData("AP Calculus is a bonus", "ap calculus")]
    [InlineData("ideally someone who's worked with Toniq", "toniq")]
    [InlineData("IB PYP would be great", "ib pyp")]
    public async Task ARequirementAddedInTheRecruitersOwnWordsIsProposedAsWritten(string text, string subject)
    {
        var harness = await CreatedAsync("math teacher for a high school in Denver, CO, teaching license required");

        await ApplyAsync(harness, text);

        var added = Assert.Single(harness.Project("p1").Qualifications, q => q.Subject == subject);
        Assert.Equal(QualificationKind.NiceToHave, added.Kind);
        Assert.DoesNotContain(harness.Project("p1").Qualifications, q => q.Subject is "accounts payable" or "mathematics" or "ib" or "pyp");
    }

    [Theory]
    [InlineData("replace BigQuery with Snowflake")]
    [InlineData("BigQuery -> Snowflake")]
    [InlineData("bigquery → Snowflake")]
    public async Task AToolSwappedForAnotherIsRemovedEvenWhereTheyReadAsOneUsedWithTheOther(string text)
    {
        var harness = await CreatedAsync("Senior data engineer, Madrid, dbt and BigQuery");

        await ApplyAsync(harness, text);

        var subjects = harness.Project("p1").Qualifications.Select(q => q.Subject).ToList();
        Assert.DoesNotContain("bigquery", subjects);
        Assert.Contains("snowflake", subjects);
        Assert.Contains("dbt", subjects);
    }

    [Theory]
    [InlineData("New York is too pricey, let's do Austin instead", new[] { "Austin" })]
    [InlineData("Austin would work too", new[] { "New York", "Austin" })]
    [InlineData("make it New York and Austin", new[] { "New York", "Austin" })]
    public async Task APlaceLeftInOneClauseForAnotherMovesTheRoleThere(string text, string[] expected)
    {
        var harness = await CreatedAsync("Product designer in NYC, Figma");

        await ApplyAsync(harness, text);

        Assert.Equal(expected, harness.Project("p1").Spec!.Places!.Select(p => p.Name));
    }

    [Fact]
    public async Task OfThePlacesNamedTheOneKeptIsWhereTheRoleIs()
    {
        var harness = await CreatedAsync("Electrician in Leeds, 18th edition");
        await ApplyAsync(harness, "Bradford works too");

        await ApplyAsync(harness, "Leeds is sorted now, only Bradford");

        Assert.Equal(["Bradford"], harness.Project("p1").Spec!.Places!.Select(p => p.Name));
    }

    [Theory]
    [InlineData("jetzt Hamburg statt Frankfurt")]
    [InlineData("plutôt Hamburg au lieu de Frankfurt")]
    public async Task APlaceSaidInsteadOfTheRolesInAnotherLanguageMovesTheRole(string text)
    {
        var harness = await CreatedAsync("Data engineer in Frankfurt, Spark");

        await ApplyAsync(harness, text);

        Assert.Equal(["Hamburg"], harness.Project("p1").Spec!.Places!.Select(p => p.Name));
    }

    [Theory]
    [InlineData("QS needed for a main contractor in Cork, CostX", "Limerick is grand as well as Cork", new[] { "Cork", "Limerick" })]
    [InlineData("barista in Leeds, latte art", "Reading is fine too", new[] { "Leeds", "Reading" })]
    public async Task ATownThatIsAlsoAWordIsAPlaceWhenOfferedBesideTheRoles(string request, string text, string[] expected)
    {
        var harness = await CreatedAsync(request);

        await ApplyAsync(harness, text);

        Assert.Equal(expected, harness.Project("p1").Spec!.Places!.Select(p => p.Name));
    }

    // Offered beside the role's with the words of adding before it, in lower case, or with a Turkish case ending.
    [Theory]
    [InlineData("muhasebeci, Bursa", "Eskişehir'i de ekleyelim", new[] { "Bursa", "Eskişehir" })]
    [InlineData("payroll officer in Manchester, Sage", "also bolton", new[] { "Manchester", "Bolton" })]
    public async Task APlaceOfferedBesideTheRolesJoinsIt(string request, string text, string[] expected)
    {
        var harness = await CreatedAsync(request);

        await ApplyAsync(harness, text);

        Assert.Equal(expected, harness.Project("p1").Spec!.Places!.Select(p => p.Name));
    }

    [Theory]
    [InlineData("they could also work from the Leeds office", new[] { "Manchester", "Leeds" })]
    [InlineData("the Leeds office works as well", new[] { "Manchester", "Leeds" })]
    [InlineData("our leeds office also ok, they pick", new[] { "Manchester", "Leeds" })]
    [InlineData("the role is based in Leeds now", new[] { "Leeds" })]
    public async Task AWordOfAddingInThePlacesOwnClauseAddsItBesideTheWordsOfWhereTheRoleIs(string text, string[] expected)
    {
        var harness = await CreatedAsync("payroll officer in Manchester, Sage");

        await ApplyAsync(harness, text);

        Assert.Equal(expected, harness.Project("p1").Spec!.Places!.Select(p => p.Name));
    }

    [Fact]
    public async Task AddingARequirementWithAPlaceChangeDoesNotAddThePlace()
    {
        var harness = await CreatedAsync("data engineer in Berlin, Spark");

        await ApplyAsync(harness, "make it munich and add airflow");

        Assert.Equal(["Munich"], harness.Project("p1").Spec!.Places!.Select(p => p.Name));
        Assert.Contains(harness.Project("p1").Qualifications, q => q.Subject == "airflow");
    }

    [Fact]
    public async Task ACountryAloneForARemoteRoleIsWhereItsPeopleMayLive()
    {
        var harness = await CreatedAsync("data scientist, london, python");
        await ApplyAsync(harness, "make it remote");

        await ApplyAsync(harness, "but UK only");

        var spec = harness.Project("p1").Spec!;
        Assert.Equal((RemotePolicy.Remote, "GB"), (spec.Remote, Assert.Single(spec.RemoteWithin!).CountryCode));
    }

    [Fact]
    public async Task ACountryAddedToARemoteRolesScopeJoinsTheOnesThere()
    {
        var harness = await CreatedAsync("ML engineer, PyTorch, remote US");

        await ApplyAsync(harness, "open it up to Canada as well");

        var spec = harness.Project("p1").Spec!;
        Assert.Equal(["US", "CA"], spec.RemoteWithin!.Select(p => p.CountryCode));
    }

    [Theory]
    [InlineData("forget kubernetes", "q3")]
    [InlineData("drop go", "q1")]
    [InlineData("go is not needed anymore", "q1")]
    public async Task ASkillDroppedInLowerCaseIsRemoved(string text, string removed)
    {
        var harness = await CreatedAsync();

        var outcome = await RefineAsync(harness, text);

        Assert.Equal(removed, Assert.Single(outcome.FollowUps!).Inputs["remove"]);
    }

    [Fact]
    public async Task GoAheadIsNotTheGoRequirement()
    {
        var harness = await CreatedAsync();

        var outcome = await RefineAsync(harness, "go ahead and make it remote");

        Assert.False(Assert.Single(outcome.FollowUps!).Inputs.ContainsKey("remove"));
        Assert.Contains(harness.Project("p1").Qualifications, q => q.Subject == "go");
    }

    [Fact]
    public async Task AddingANewSkillProposesIt()
    {
        var harness = await CreatedAsync();

        await RefineAsync(harness, "add Terraform experience to the requirements");

        var added = harness.Project("p1").Qualifications.Single(q => q.Subject == "terraform");
        Assert.Equal(("q4", QualificationKind.MustHave, false), (added.Id, added.Kind, added.Approved));
    }

    [Fact]
    public async Task AChangeItCannotReadIsAnsweredWithoutTouchingTheProject()
    {
        var harness = await CreatedAsync();

        var outcome = await RefineAsync(harness, "hmm, make it better");

        Assert.Null(outcome.FollowUps);
        Assert.Contains("could not tell", outcome.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kubernetes isn't required")]
    [InlineData("pls add kubernetes as good to have")]
    [InlineData("can you keep Kubernetes? nice to have")]
    public async Task NiceToHaveWordingInAContractionOrItsOwnClauseMakesTheSkillNiceToHave(string text)
    {
        var harness = new IntakeHarness();
        await harness.CreateAsync("p1", "backend engineer in Berlin, Go, Kubernetes");

        var outcome = await RefineAsync(harness, text);

        var step = Assert.Single(outcome.FollowUps!);
        var changed = harness.Project("p1").Qualifications.Single(q => q.Id == step.Inputs["approve"]);
        Assert.Equal(("kubernetes", QualificationKind.NiceToHave), (changed.Subject, changed.Kind));
    }

    [Fact]
    public async Task WithoutWrittenShortRemovesTheSkill()
    {
        var harness = new IntakeHarness();
        await harness.CreateAsync("p1", "data engineer in Berlin, Spark, Airflow");

        var outcome = await RefineAsync(harness, "actually w/o airflow");

        var step = Assert.Single(outcome.FollowUps!);
        Assert.Equal("Airflow", harness.Project("p1").Qualifications.Single(q => q.Id == step.Inputs["remove"]).Text);
    }

    [Theory]
    [InlineData("Accountant in Manchester, Sage, 5+ yrs", "sorry typo - bookkeeper not accountant", "bookkeeper", "Manchester")]
    [InlineData("Fabricator in Newcastle NSW, MIG welding", "oops, req title is welder not fabricator", "welder", "Newcastle")]
    [InlineData("Line cook in Austin, TX, food safety", "scratch that, make it a sous chef", "sous chef", "Austin")]
    public async Task ATitlePutRightReplacesTheTitleAndKeepsThePlace(string request, string text, string title, string place)
    {
        var harness = await CreatedAsync(request);

        await ApplyAsync(harness, text);

        var spec = harness.Project("p1").Spec!;
        Assert.Equal((title, place), (spec.NormalizedTitle, spec.Locations[0]));
        Assert.DoesNotContain(harness.Project("p1").Qualifications, q => q.Subject == title);
        Assert.All(harness.Project("p1").Qualifications.Where(q => q.Category == QualificationCategory.Experience), q => Assert.EndsWith($" a {title}", q.Text, StringComparison.Ordinal));
        // The recruiter's list of projects shows the role as it now is.
        Assert.Equal("p1", Assert.Single(await harness.Grains.History(IntakeHarness.Tenant).SimilarProjects(title, 5)).ProjectId);
    }

    [Theory]
    [InlineData("must have worked as a data engineer before")]
    [InlineData("add project management")]
    public async Task ATitleNamedAsARequirementRenamesNothing(string text)
    {
        var harness = await CreatedAsync("Backend engineer in Berlin, Go");

        var outcome = await RefineAsync(harness, text);

        Assert.Equal("backend engineer", harness.Project("p1").Spec!.NormalizedTitle);
        Assert.DoesNotContain("title", outcome.FollowUps?.SingleOrDefault()?.Inputs.GetValueOrDefault("spec") ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALowerCaseSkillNamedBeforeNiceToHaveWordingBecomesNiceToHave()
    {
        var harness = await CreatedAsync("SRE in Zurich, k8s, go, prometheus");

        await ApplyAsync(harness, "go is a nice to have");

        var go = harness.Project("p1").Qualifications.Single(q => q.Subject == "go");
        Assert.Equal(QualificationKind.NiceToHave, go.Kind);
    }

    [Fact]
    public async Task YearsNamedThenTheirNewValueChangeTheYears()
    {
        var harness = await CreatedAsync("KYC analyst in Dublin, 2 yrs min, AML");

        await ApplyAsync(harness, "bump years to 3");

        Assert.Equal(3, harness.Project("p1").Spec!.MinYears);
    }

    [Theory]
    [InlineData("flink wd be great", "flink", QualificationKind.NiceToHave)]
    [InlineData("kafka cd be handy tbh", "kafka", QualificationKind.NiceToHave)]
    [InlineData("helm + flux r must haves", "helm", QualificationKind.MustHave)]
    public async Task AVerbShortenedInChatJoinsNoNameAndIsNoSkill(string text, string subject, QualificationKind kind)
    {
        var harness = await CreatedAsync("Platform engineer in Oslo, terraform");

        await ApplyAsync(harness, text);

        var qualifications = harness.Project("p1").Qualifications;
        Assert.Equal(kind, qualifications.Single(q => q.Subject == subject).Kind);
        Assert.DoesNotContain(qualifications, q => q.Subject is "r" || q.Subject!.EndsWith(" wd", StringComparison.Ordinal) || q.Subject.EndsWith(" cd", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ASkillThatIsAlsoATitleSetAgainstAnotherSkillRenamesNothing()
    {
        var harness = await CreatedAsync("SDET in Krakow, Playwright, Java");

        await ApplyAsync(harness, "oops, selenium not playwright");

        Assert.Equal("software development engineer in test", harness.Project("p1").Spec!.NormalizedTitle);
        Assert.DoesNotContain(harness.Project("p1").Qualifications, q => q.Subject == "playwright");
        Assert.Contains(harness.Project("p1").Qualifications, q => q.Subject == "selenium");
    }

    [Fact]
    public async Task ARequirementNamedByTheWordThatTellsItFromItsKindIsLeft()
    {
        var harness = await CreatedAsync("Procurement lead in Lyon, SAP MM, French");

        await ApplyAsync(harness, "sap ariba rather than mm");

        var subjects = harness.Project("p1").Qualifications.Select(q => q.Subject).ToList();
        Assert.DoesNotContain("sap mm", subjects);
        Assert.Contains("sap ariba", subjects);
    }

    [Theory]
    [InlineData("oops its manchester not liverpool")]
    [InlineData("sorry, its manchester, not liverpool")]
    public async Task ACityTypedAfterItsForItsSetAgainstTheRolesCityMovesTheRole(string text)
    {
        var harness = await CreatedAsync("Payroll officer for liverpool, sage");

        await ApplyAsync(harness, text);

        Assert.Equal(["Manchester"], harness.Project("p1").Spec!.Places!.Select(p => p.Name));
    }

    [Theory]
    [InlineData("make it fully remote, only Germany", "DE")]
    [InlineData("remoto, solo España", "ES")]
    public async Task AWordOfKeepingToItBeforeACountryScopesARemoteRole(string text, string country)
    {
        var harness = await CreatedAsync("Data analyst in Lisbon, sql");

        await ApplyAsync(harness, text);

        var spec = harness.Project("p1").Spec!;
        Assert.Equal((RemotePolicy.Remote, country), (spec.Remote, Assert.Single(spec.RemoteWithin!).CountryCode));
    }

    [Theory]
    [InlineData("Contable en Sevilla, SAP, alemán avanzado", "german")]
    [InlineData("Comptable à Lyon, Sage, anglais intermédiaire", "english")]
    public async Task ALanguageWithALearnersLevelIsTheLanguage(string request, string language)
    {
        var harness = await CreatedAsync(request);

        Assert.Contains(harness.Project("p1").Qualifications, q => q.Subject == language);
    }

    [Fact]
    public async Task AWorkArrangementTakenBackLeavesTheRoleOnSite()
    {
        var harness = await CreatedAsync("Store manager in Leeds, retail experience");

        await AppliedIfAnyAsync(harness, "to be clear they want people there every day, not remote");

        Assert.Equal(RemotePolicy.OnSite, harness.Project("p1").Spec!.Remote);
    }

    [Theory]
    [InlineData("for the Leeds one, SAP isn't needed")]
    [InlineData("for Leeds SAP isn't needed")]
    public async Task TheRolesOwnPlaceNamedToSayWhichRoleChangesNoPlace(string text)
    {
        var harness = await CreatedAsync("Warehouse manager in Leeds, SAP and Excel");

        await AppliedIfAnyAsync(harness, text);

        Assert.Equal(["Leeds"], harness.Project("p1").Spec!.Places!.Select(p => p.Name));
    }

    [Fact]
    public async Task ATownThatIsAlsoAWordPutRightAgainstTheRolesPlaceIsThePlace()
    {
        var harness = await CreatedAsync("Pharmacist in Vancouver, BC license");

        await AppliedIfAnyAsync(harness, "my mistake, the pharmacy is in victoria not vancouver");

        Assert.Equal(["Victoria"], harness.Project("p1").Spec!.Places!.Select(p => p.Name));
    }
}
