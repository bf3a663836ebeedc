using Hiring.Agents.Evaluation;
using Hiring.Agents.Outreach.Drafting;
using Hiring.Agents.Tests.Outreach.Drafting.Support;
using Hiring.Agents.Tests.Talent;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Talent;

namespace Hiring.Agents.Tests.Outreach.Drafting;

public sealed class OutreachDraftTests
{
    public static TheoryData<string, OutreachTone, OutreachLength> Roles()
    {
        var data = new TheoryData<string, OutreachTone, OutreachLength>();
        foreach (var role in new[] { "backend", "sales", "nursing", "finance" })
        {
            foreach (var tone in Enum.GetValues<OutreachTone>())
            {
                foreach (var length in Enum.GetValues<OutreachLength>())
                {
                    data.Add(role, tone, length);
                }
            }
        }

        return data;
    }

    [Fact]
    public void TheFirstMessageGreetsByFirstNameAndCitesATrueFactTiedToTheRequirementItMatches()
    {
        var draft = Compose(Candidates.Engineer, Jobs.Backend, Jobs.BackendQualifications);

        var first = draft.Messages[0];
        Assert.StartsWith("Hi Maria,", first.Body, StringComparison.Ordinal);
        Assert.Contains("\"Migrated the payments platform to Kubernetes and cut deploy times in half.\"", first.Body, StringComparison.Ordinal);
        Assert.Contains("Northwind Pay", first.Body, StringComparison.Ordinal);
        Assert.Contains(draft.Facts, f => f.Requirement == "Kubernetes" && f.Section == ProfileSections.ExperienceDescription(0));
        Assert.All(draft.Facts, f => Assert.True(QuoteCheck.AppearsIn(Candidates.Engineer, f.Text), f.Text));
    }

    [Fact]
    public void TheFirstMessageSellsTheRoleFromTheSpecAndFaqAndEndsWithAnAskAndAnOptOut()
    {
        var first = Compose(Candidates.Engineer, Jobs.Backend, Jobs.BackendQualifications, new OutreachSettings(Length: OutreachLength.Medium, Sender: "Rita")).Messages[0];

        Assert.Contains("Senior Backend Engineer role in Berlin (hybrid)", first.Body, StringComparison.Ordinal);
        Assert.Contains("€70–85k", first.Body, StringComparison.Ordinal);
        Assert.Contains("Payments team of six engineers", first.Body, StringComparison.Ordinal);
        Assert.Contains("call", first.Body, StringComparison.Ordinal);
        Assert.Contains("no thanks", first.Body, StringComparison.Ordinal);
        Assert.EndsWith("Rita", first.Body, StringComparison.Ordinal);
        Assert.Equal("Senior Backend Engineer in Berlin (hybrid)", first.Subject);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public void EveryRoleToneAndLengthGivesADraftThatPassesItsChecks(string role, OutreachTone tone, OutreachLength length)
    {
        var (profile, spec, qualifications) = Case(role);

        var draft = Compose(profile, spec, qualifications, new OutreachSettings(tone, length));
        var review = DraftingHarness.Checker.Check(profile, spec, draft, length);

        Assert.True(review.Passed, string.Join("; ", review.Issues.Select(i => $"{i.Kind}: {i.Reason}")));
        Assert.Empty(review.Of(DraftIssueKind.NoProfileFact));
        Assert.Equal(3, draft.Messages.Count);
        Assert.Equal([OutreachMessageKind.First, OutreachMessageKind.FollowUp, OutreachMessageKind.FollowUp], draft.Messages.Select(m => m.Kind));
        Assert.All(draft.Messages, m => Assert.Contains("no thanks", m.Body, StringComparison.Ordinal));
        Assert.Contains(FirstName(profile), draft.Messages[0].Body, StringComparison.Ordinal);
        Assert.NotEmpty(draft.Facts);
        Assert.All(draft.Facts, f => Assert.True(QuoteCheck.AppearsIn(profile, f.Text), f.Text));
    }

    [Fact]
    public void AProfileWithAlmostNothingStillGetsAnHonestMessageThatCitesNothing()
    {
        var draft = Compose(Candidates.Sparse, Jobs.Backend, Jobs.BackendQualifications);
        var review = DraftingHarness.Checker.Check(Candidates.Sparse, Jobs.Backend, draft, OutreachLength.Short);

        Assert.Empty(draft.Facts);
        Assert.StartsWith("Hi Sam,", draft.Messages[0].Body, StringComparison.Ordinal);
        Assert.DoesNotContain("\"", draft.Messages[0].Body.Replace("\"no thanks\"", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.True(review.Passed);
        Assert.Single(review.Issues, i => i.Kind == DraftIssueKind.NoProfileFact && !i.Blocking);
    }

    [Fact]
    public void AProfileWithOnlyAHeadlineHasItQuotedVerbatim()
    {
        var profile = ProfileBuilder.Person("aisha").Named("Aisha Rahman").Headline("Registered Nurse").Build();

        var draft = Compose(profile, Jobs.Nursing, Jobs.NursingQualifications);
        var review = DraftingHarness.Checker.Check(profile, Jobs.Nursing, draft, OutreachLength.Short);

        var fact = Assert.Single(draft.Facts);
        Assert.Equal(("headline", "Registered Nurse"), (fact.Section, fact.Text));
        Assert.Contains("\"Registered Nurse\"", draft.Messages[0].Body, StringComparison.Ordinal);
        Assert.True(review.Passed, string.Join("; ", review.Issues.Select(i => $"{i.Kind}: {i.Reason}")));
        Assert.Empty(review.Of(DraftIssueKind.NoProfileFact));
    }

    [Fact]
    public void AHeadlineThatStatesAProtectedAttributeIsNotQuoted()
    {
        var profile = ProfileBuilder.Person("jo").Named("Jo Smith").Headline("Young mum and pharmacist").Build();

        var draft = Compose(profile, Jobs.Nursing, Jobs.NursingQualifications);

        Assert.Empty(draft.Facts);
        Assert.DoesNotContain("mum", draft.Messages[0].Body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void WithoutAMatchingRequirementTheCurrentRoleIsCited()
    {
        var draft = Compose(Candidates.Nurse, Jobs.Backend, Jobs.BackendQualifications);

        Assert.Contains("ICU Staff Nurse at St Mary's Hospital", draft.Messages[0].Body, StringComparison.Ordinal);
        Assert.All(draft.Facts, f => Assert.Null(f.Requirement));
    }

    [Fact]
    public void NoPayIsNamedWhenTheFaqStatesNone()
    {
        var draft = Compose(Candidates.Nurse, Jobs.Nursing, Jobs.NursingQualifications, new OutreachSettings(Length: OutreachLength.Medium));

        Assert.All(draft.Messages, m => Assert.Empty(DraftingHarness.Faq.Money.Read(m.Body, aboutPay: true)));
        Assert.All(draft.Messages, m => Assert.DoesNotContain("pay", m.Body, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void AFollowUpBringsWhatTheFirstMessageLeftOutAndTheLastSaysItIsTheLast()
    {
        var draft = Compose(Candidates.Engineer, Jobs.Backend, Jobs.BackendQualifications);

        Assert.Contains("Payments team", draft.Messages[1].Body, StringComparison.Ordinal);
        Assert.Contains("won't follow up again", draft.Messages[2].Body, StringComparison.Ordinal);
        Assert.StartsWith("Re: ", draft.Messages[1].Subject, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void TheRecruiterChoosesHowManyFollowUps(int followUps)
    {
        var draft = Compose(Candidates.Analyst, Jobs.Finance, Jobs.FinanceQualifications, new OutreachSettings(FollowUps: followUps));

        Assert.Equal(1 + followUps, draft.Messages.Count);
    }

    [Fact]
    public void ACourtesyTitleIsNotTheFirstName()
    {
        var draft = Compose(Candidates.Analyst, Jobs.Finance, Jobs.FinanceQualifications, new OutreachSettings(OutreachTone.Formal));

        Assert.StartsWith("Dear Tomás,", draft.Messages[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public void ARemoteRoleIsNotSaidToBeInAPlaceCalledRemote()
    {
        var spec = Jobs.Spec("Data Engineer", ["Remote"], RemotePolicy.Remote, "Pipelines for a logistics company.");

        var first = Compose(Candidates.Engineer, spec, [Evaluation.Support.Quals.Skill("q1", "Go")]).Messages[0];

        Assert.Contains("Data Engineer role (remote).", first.Body, StringComparison.Ordinal);
        Assert.True(DraftingHarness.Checker.Check(Candidates.Engineer, spec, Compose(Candidates.Engineer, spec, [Evaluation.Support.Quals.Skill("q1", "Go")]), OutreachLength.Short).Passed);
    }

    [Fact]
    public void ANameTypedInLowerCaseIsGreetedCapitalised()
    {
        var profile = Talent.ProfileBuilder.Person("lee").Named("lee wong").Skills("Go").Build();

        Assert.StartsWith("Hi Lee,", Compose(profile, Jobs.Backend, Jobs.BackendQualifications).Messages[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public void AProfileSentenceTooLongToQuoteWholeIsNotCutShort()
    {
        var longSentence = "Designed, built and operated a large number of batch and streaming pipelines in Go and Kubernetes across three business units while also mentoring junior engineers and running the on-call rotation for the platform team for several years";
        var profile = Talent.ProfileBuilder.Person("priya").Named("Priya Natarajan").Worked("Globex", "Platform Engineer", new DateOnly(2020, 1, 1), null, longSentence).Build();

        var draft = Compose(profile, Jobs.Backend, Jobs.BackendQualifications);

        Assert.DoesNotContain(draft.Facts, f => longSentence.Contains(f.Text, StringComparison.Ordinal) && f.Text.Length > 40);
        Assert.Contains("Platform Engineer at Globex", draft.Messages[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public void TheDraftRecordsTheEngineAndTemplateVersionThatWroteIt()
    {
        var draft = Compose(Candidates.SalesRep, Jobs.Sales, Jobs.SalesQualifications);

        Assert.Equal(OutreachComposer.EngineName, draft.Provenance.Model);
        Assert.Equal(OutreachTemplates.ResourceName, draft.Provenance.PromptName);
        Assert.Equal(DraftingHarness.Templates.Version, draft.Provenance.PromptVersion);
    }

    internal static OutreachDraft Compose(CandidateProfile profile, JobSpec spec, IReadOnlyList<Qualification> qualifications, OutreachSettings? settings = null) =>
        DraftingHarness.Composer.Compose(new OutreachRequest(profile, spec, qualifications, settings ?? new OutreachSettings()));

    internal static (CandidateProfile Profile, JobSpec Spec, IReadOnlyList<Qualification> Qualifications) Case(string role) => role switch
    {
        "backend" => (Candidates.Engineer, Jobs.Backend, Jobs.BackendQualifications),
        "sales" => (Candidates.SalesRep, Jobs.Sales, Jobs.SalesQualifications),
        "nursing" => (Candidates.Nurse, Jobs.Nursing, Jobs.NursingQualifications),
        _ => (Candidates.Analyst, Jobs.Finance, Jobs.FinanceQualifications),
    };

    private static string FirstName(CandidateProfile profile) => profile.Name.Split(' ').First(w => !w.EndsWith('.'));
}
