using Hiring.Agents.Intake;
using Hiring.Agents.Tests.Intake.Support;
using Hiring.Contracts.Projects;

namespace Hiring.Agents.Tests.Intake;

public sealed class SpecExtractionTests
{
    private const string ChatRequest = "I need a senior backend engineer in Berlin, Go and Kubernetes, 5+ years";

    private const string JobDescription = """
        Senior Data Engineer
        Location: Munich
        We are a fintech scaling our data platform. This is a full-time, hybrid role.

        Responsibilities:
        - Build batch and streaming pipelines
        - Own data quality

        Requirements:
        - 5+ years of experience with Python
        - Strong SQL
        - Fluent German (C1)
        - BSc in Computer Science or equivalent experience
        - AWS is a plus

        Nice to have:
        - Experience with Spark
        - Terraform
        """;

    private const string JsonResumeJob = """
        {
          "title": "Staff Frontend Engineer",
          "company": "Globex",
          "type": "Full-time",
          "date": "2026-03",
          "description": "Lead our web platform.",
          "location": { "city": "London", "countryCode": "GB", "region": "England" },
          "remote": "Hybrid",
          "salary": "£110k",
          "experience": "Senior",
          "responsibilities": ["Set the frontend architecture", "Mentor engineers"],
          "qualifications": ["7+ years building web applications", "Experience with TypeScript", "Design systems experience is a plus"],
          "skills": [{ "name": "React", "level": "Expert", "keywords": ["Redux", "Next.js"] }]
        }
        """;

    [Theory]
    [InlineData("Practice nurse in Hull, peripheral cannulation and venepuncture", "iv cannulation")]
    [InlineData("Sous chef in Perth, recipe costing and HACCP", "menu costing")]
    [InlineData("Legal assistant in Dallas, Relativity One and Westlaw", "relativity")]
    public async Task ASkillOfSeveralWordsIsReadAsItselfNotAsABroaderOne(string request, string skill)
    {
        var draft = await IntakeHarness.ExtractAsync(request);

        Assert.Contains(skill, draft.Requirements.Select(r => r.Subject));
    }

    [Fact]
    public async Task TheVerbsOfARequestInAnotherLanguageAreNoSkills()
    {
        var draft = await IntakeHarness.ExtractAsync("Wir suchen einen Java Entwickler in Wien, Java und Spring Boot sind Pflicht");

        Assert.DoesNotContain("sind", draft.Requirements.Select(r => r.Subject));
    }

    [Fact]
    public async Task AChatRequestGivesTheSpecFields()
    {
        var draft = await IntakeHarness.ExtractAsync(ChatRequest);

        Assert.Equal(IntakeSourceKind.ChatRequest, draft.Source);
        Assert.Equal("Senior Backend Engineer", draft.Title);
        Assert.Equal("backend engineer", draft.NormalizedTitle);
        Assert.Equal("senior", draft.Seniority);
        Assert.Equal(["Berlin"], draft.Locations);
        Assert.Equal(RemotePolicy.Unspecified, draft.Remote);
        Assert.Equal(5, draft.MinYears);
        Assert.Equal(ChatRequest, draft.Description);
    }

    [Fact]
    public async Task AChatRequestsSkillsAreCanonicalMustHavesAndItsYearsAreOverallExperience()
    {
        var draft = await IntakeHarness.ExtractAsync(ChatRequest);

        Assert.Equal(
            [
                new DraftRequirement("Go", QualificationKind.MustHave, QualificationCategory.Skill, "go"),
                new DraftRequirement("Kubernetes", QualificationKind.MustHave, QualificationCategory.Skill, "kubernetes"),
                new DraftRequirement("5+ years of experience as a backend engineer", QualificationKind.MustHave, QualificationCategory.Experience, "backend engineer", 5),
            ],
            draft.Requirements);
    }

    // Found in the stop 56 tryout: "4+ years of experience as a accountant".
    [Theory]
    [InlineData("accountant for Valparaíso, SAP FI, 4 years", "4+ years of experience as an accountant")]
    [InlineData("need an ER nurse in Leeds, 3 yrs", "3+ years of experience as an emergency room nurse")]
    [InlineData("welder in Gdańsk, 2+ years", "2+ years of experience as a welder")]
    public async Task TheYearsOfTheRoleTakeTheArticleItsTitleSoundsFor(string request, string years)
    {
        var draft = await IntakeHarness.ExtractAsync(request);

        Assert.Contains(years, draft.Requirements.Select(r => r.Text));
    }

    [Fact]
    public async Task YearsWithASingleSkillBelongToThatSkill()
    {
        var draft = await IntakeHarness.ExtractAsync("Hire a senior backend engineer in Berlin with 5+ years of Golang");

        var requirement = Assert.Single(draft.Requirements);
        Assert.Equal(new DraftRequirement("Golang, 5+ years", QualificationKind.MustHave, QualificationCategory.Skill, "go", 5), requirement);
    }

    [Fact]
    public async Task ARemoteRequestNeedsNoCity()
    {
        var draft = await IntakeHarness.ExtractAsync("Looking for a junior frontend engineer, fully remote, React");

        Assert.Equal(RemotePolicy.Remote, draft.Remote);
        Assert.Empty(draft.Locations);
        Assert.Equal("junior", draft.Seniority);
    }

    [Fact]
    public async Task ProseAfterABlankLineEndsAListOfRequirements()
    {
        var draft = await IntakeHarness.ExtractAsync(
            "Customer Success Manager — remote, Germany\n\nWhat we expect\n- Excellent German\n- Experience with HubSpot\n\n"
            + "What would be great\n- Gainsight\n\nFully remote (you need to live in Germany). Company car or BahnCard 100, your choice.");

        var subjects = draft.Requirements.Select(r => (r.Subject ?? r.Text).ToLowerInvariant()).ToList();
        Assert.Contains("gainsight", subjects);
        Assert.Contains("hubspot", subjects);
        Assert.DoesNotContain("choice", subjects);
        Assert.DoesNotContain("bahncard", subjects);
    }

    [Fact]
    public async Task AWillingnessClauseIsAMustHaveWrittenAsASentenceBesideNamedSkills()
    {
        var draft = await IntakeHarness.ExtractAsync("need a warehouse team lead in Rotterdam, forklift license, must be willing to work weekends");

        var clause = draft.Requirements.Single(r => r.Category == QualificationCategory.Other);
        Assert.Equal(("Willing to work weekends", QualificationKind.MustHave), (clause.Text, clause.Kind));
    }

    [Fact]
    public async Task ABulletThatReadsLikeAHeadingIsStillAnItemOfItsSection()
    {
        var draft = await IntakeHarness.ExtractAsync(
            "Tax Manager\n\nRotterdam\n\nYou bring\n- Dutch tax law\n\nExtra credit\n- Big Four experience\n- Power BI");

        Assert.Equal(QualificationKind.NiceToHave, draft.Requirements.Single(r => (r.Subject ?? r.Text).Contains("power bi", StringComparison.OrdinalIgnoreCase)).Kind);
    }

    [Fact]
    public async Task ARoleLabelAfterTheListsNamesTheTitle()
    {
        var draft = await IntakeHarness.ExtractAsync("Requirements\n- SAP PP\n- 5+ years\n\nThe position: Production Planner at our site in Linz. On-site.");

        Assert.Equal("supply planner", draft.NormalizedTitle);
    }

    [Fact]
    public async Task BulletsUnderTheTitleWithNoHeadingAreWhatTheRoleAsksFor()
    {
        var draft = await IntakeHarness.ExtractAsync("Payroll Manager — Leeds\n• 6+ years in payroll\n• Sage 300 & Xero\n• CIPP qualified");

        var subjects = draft.Requirements.Select(r => (r.Subject ?? r.Text).ToLowerInvariant()).ToList();
        Assert.Contains("xero", subjects);
        Assert.Contains(subjects, s => s.StartsWith("sage", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AJobDescriptionGivesTheSpecFields()
    {
        var draft = await IntakeHarness.ExtractAsync(JobDescription);

        Assert.Equal(IntakeSourceKind.JobDescription, draft.Source);
        Assert.Equal("Senior Data Engineer", draft.Title);
        Assert.Equal("data engineer", draft.NormalizedTitle);
        Assert.Equal("senior", draft.Seniority);
        Assert.Equal(["Munich"], draft.Locations);
        Assert.Equal(RemotePolicy.Hybrid, draft.Remote);
        Assert.Equal(EmploymentType.FullTime, draft.Employment);
        Assert.Equal(5, draft.MinYears);
        Assert.Equal(JobDescription.Trim(), draft.Description);
    }

    [Fact]
    public async Task AJobDescriptionsRequirementsComeFromItsRequirementSectionsWithCategoriesAndKinds()
    {
        var draft = await IntakeHarness.ExtractAsync(JobDescription);

        Assert.Equal(
            [
                new DraftRequirement("5+ years of experience with Python", QualificationKind.MustHave, QualificationCategory.Skill, "python", 5),
                new DraftRequirement("Strong SQL", QualificationKind.MustHave, QualificationCategory.Skill, "sql"),
                new DraftRequirement("Fluent German (C1)", QualificationKind.MustHave, QualificationCategory.Language, "german"),
                new DraftRequirement("BSc in Computer Science or equivalent experience", QualificationKind.MustHave, QualificationCategory.Education, "bsc"),
                new DraftRequirement("AWS is a plus", QualificationKind.NiceToHave, QualificationCategory.Skill, "amazon web services"),
                new DraftRequirement("Experience with Spark", QualificationKind.NiceToHave, QualificationCategory.Skill, "spark"),
                new DraftRequirement("Terraform", QualificationKind.NiceToHave, QualificationCategory.Skill, "terraform"),
            ],
            draft.Requirements);
    }

    [Fact]
    public async Task MarkdownHeadingsAndATitleSentenceAreRead()
    {
        const string markdown = """
            We are looking for a Lead DevOps Engineer to join our platform team in Amsterdam.

            ## Must have
            * Terraform and AWS
            * 6+ years of experience

            **Nice to have:**
            * Experience with Kubernetes, ideally on EKS
            """;

        var draft = await IntakeHarness.ExtractAsync(markdown);

        Assert.Equal(("Lead DevOps Engineer", "devops engineer", "lead"), (draft.Title, draft.NormalizedTitle, draft.Seniority));
        Assert.Equal(["Amsterdam"], draft.Locations);
        Assert.Equal(
            [
                (QualificationKind.MustHave, QualificationCategory.Skill, "terraform"),
                (QualificationKind.MustHave, QualificationCategory.Skill, "amazon web services"),
                (QualificationKind.MustHave, QualificationCategory.Experience, (string?)null),
                (QualificationKind.NiceToHave, QualificationCategory.Skill, "kubernetes"),
                (QualificationKind.NiceToHave, QualificationCategory.Skill, "amazon eks"),
            ],
            draft.Requirements.Select(r => (r.Kind, r.Category, r.Subject)));
        Assert.Equal(6, draft.MinYears);
    }

    [Theory]
    [InlineData("registered nurse for a private clinic in Porto, five plus years, portuguese is a must", 5)]
    [InlineData("mobile engineer in Barcelona, React Native, 4 plus yrs por favor", 4)]
    [InlineData("Commercial property solicitor for the Bristol office, 5+ PQE, hybrid", 5)]
    public async Task YearsWrittenWithPlusInWordsAreTheMinimum(string request, int years)
    {
        var draft = await IntakeHarness.ExtractAsync(request);

        Assert.Equal(years, draft.MinYears);
    }

    [Fact]
    public async Task AnAssetIsANiceToHave()
    {
        var draft = await IntakeHarness.ExtractAsync("Registered Nurse for a long-term care home in Ottawa. BLS required, PointClickCare an asset.");

        Assert.Contains(draft.Requirements, r => r.Subject == "pointclickcare" && r.Kind == QualificationKind.NiceToHave);
    }

    [Fact]
    public async Task AJsonResumeJobGivesTheSpecFields()
    {
        var draft = await IntakeHarness.ExtractAsync(JsonResumeJob);

        Assert.Equal(IntakeSourceKind.JsonResumeJob, draft.Source);
        Assert.Equal("Staff Frontend Engineer", draft.Title);
        Assert.Equal("frontend engineer", draft.NormalizedTitle);
        Assert.Equal("staff", draft.Seniority);
        Assert.Equal(["London"], draft.Locations);
        Assert.Equal(RemotePolicy.Hybrid, draft.Remote);
        Assert.Equal(EmploymentType.FullTime, draft.Employment);
        Assert.Equal(7, draft.MinYears);
        Assert.Equal("Globex. Lead our web platform.\n- Set the frontend architecture\n- Mentor engineers", draft.Description);
    }

    [Fact]
    public async Task AJsonResumeJobsQualificationsAreReadLikeLinesAndItsSkillsAndKeywordsAreMustHaves()
    {
        var draft = await IntakeHarness.ExtractAsync(JsonResumeJob);

        Assert.Equal(
            [
                new DraftRequirement("7+ years building web applications", QualificationKind.MustHave, QualificationCategory.Experience, "web development", 7),
                new DraftRequirement("Experience with TypeScript", QualificationKind.MustHave, QualificationCategory.Skill, "typescript"),
                new DraftRequirement("Design systems experience is a plus", QualificationKind.NiceToHave, QualificationCategory.Skill, "design systems"),
                new DraftRequirement("React", QualificationKind.MustHave, QualificationCategory.Skill, "react"),
                new DraftRequirement("Redux", QualificationKind.MustHave, QualificationCategory.Skill, "redux"),
                new DraftRequirement("Next.js", QualificationKind.MustHave, QualificationCategory.Skill, "next.js"),
            ],
            draft.Requirements);
    }

    [Fact]
    public async Task TheBuiltInEngineRecordsItsProvenance()
    {
        var draft = await IntakeHarness.ExtractAsync(ChatRequest);

        Assert.Equal(Contracts.Reasoning.ReasoningEngine.BuiltIn, draft.Provenance.Engine);
        Assert.Equal(BuiltInIntakeExtractor.EngineName, draft.Provenance.Model);
        Assert.Equal("1", draft.Provenance.PromptVersion);
    }

    [Fact]
    public async Task ARequestPastedFromAnEmailIsReadWithoutItsGreetingAndSignature()
    {
        var draft = await IntakeHarness.ExtractAsync("Hi there,\n\nWe're looking to hire a senior backend engineer for our Berlin office. Must have Go, Kafka would be a plus.\n\nThanks,\nAnna\nHead of Talent");

        Assert.Equal(IntakeSourceKind.ChatRequest, draft.Source);
        Assert.Equal(("backend engineer", "senior"), (draft.NormalizedTitle, draft.Seniority));
        Assert.Equal(["Berlin"], draft.Locations);
        Assert.Equal(["go", "kafka"], draft.Requirements.Select(r => r.Subject));
    }

    [Theory]
    [InlineData("Thanks so much in advance!")]
    [InlineData("Many thanks for your help,")]
    [InlineData("Cheers again")]
    public async Task ASignOffWithWordsOfThanksStillEndsTheRequest(string signOff)
    {
        var draft = await IntakeHarness.ExtractAsync($"Hi team,\n\nI hope you're all well! We're opening a Data Engineer position in Lisbon. Spark is a must.\n\n{signOff}\n\nMarta Silva\nSenior Talent Partner\nKestrel Pay · Porto");

        Assert.Equal("data engineer", draft.NormalizedTitle);
        Assert.Equal(["Lisbon"], draft.Locations);
        Assert.Equal(["spark"], draft.Requirements.Select(r => r.Subject));
    }

    [Fact]
    public async Task AForwardedEmailIsReadWithoutItsHeaderLines()
    {
        var draft = await IntakeHarness.ExtractAsync("FW: backfill for Priya\n\nHi Jo,\n\nPriya is leaving at the end of the month so we need to backfill her role asap. Payroll Specialist, based in our Birmingham (UK) office. Must have used ADP. CIPP qualification would be nice but not essential.\n\nThanks,\nMark");

        Assert.Equal("payroll specialist", draft.NormalizedTitle);
        Assert.Equal(["Birmingham"], draft.Locations);
        Assert.Equal(["adp", "cipp"], draft.Requirements.Select(r => r.Subject));
    }

    [Fact]
    public async Task AForwardedNoteIsReadWithoutItsIntroQuoteMarksGreetingAndSignOff()
    {
        var draft = await IntakeHarness.ExtractAsync("fwd from Priya at Swindon:\n> Hi Tom, need a forklift driver for earlies at the Swindon depot asap. Counterbalance licence essential, reach truck handy but not essential. Cheers, Priya");

        Assert.Equal(IntakeSourceKind.ChatRequest, draft.Source);
        Assert.Equal("forklift operator", draft.NormalizedTitle);
        Assert.Equal(["Swindon"], draft.Locations);
        Assert.DoesNotContain(draft.Requirements, r => r.Subject is "tom" or "priya");
    }

    [Fact]
    public async Task ANoteInQuotationMarksGreetingSomeoneByFullNameIsReadWithoutItsFrame()
    {
        var draft = await IntakeHarness.ExtractAsync("passing on from our COO:\n\n\"Hello Anna Maria, we need a payroll specialist for the Derby office. ADP is a must. Many thanks, Tom\"");

        Assert.Equal("payroll specialist", draft.NormalizedTitle);
        Assert.Equal(["Derby"], draft.Locations);
    }

    [Theory]
    [InlineData("can you pick this one up please?\n\n-----Original Message-----\nFrom: Tom Reilly\nSent: 2 May\nTo: Hiring\nSubject: new starter\n\nWe need a payroll specialist in our Derby office. ADP is a must.\n\nRegards,\nTom")]
    [InlineData("passing on from the plant manager, over to you\n> From: Tom Reilly\n> Date: 2 May\n> Subject: new starter\n>\n> We need a payroll specialist in our Derby office. ADP is a must.\n> Regards\n> Tom")]
    public async Task AForwardedEmailUnderTheLinesThatPassItOnIsReadWithoutThemOrItsHeader(string text)
    {
        var draft = await IntakeHarness.ExtractAsync(text);

        Assert.Equal("payroll specialist", draft.NormalizedTitle);
        Assert.Equal(["Derby"], draft.Locations);
        Assert.Equal(["adp"], draft.Requirements.Select(r => r.Subject));
    }
}
