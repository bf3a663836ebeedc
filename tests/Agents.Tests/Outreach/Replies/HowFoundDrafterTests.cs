using Hiring.Agents.Outreach.Drafting;
using Hiring.Agents.Outreach.Replies;
using Hiring.Agents.Tests.Outreach.Drafting.Support;
using Hiring.Contracts.Talent;

namespace Hiring.Agents.Tests.Outreach.Replies;

/// <summary>The answer to "how did you find me?" says what is recorded, and only that.</summary>
public sealed class HowFoundDrafterTests
{
    private const string Query = """(title:"backend engineer" OR title:"golang developer") AND skill:"go" AND location:"madrid" AND NOT company:"northwind pay" """;
    private static readonly HowFoundDrafter Drafter = new(ReplyResources.Rules, DraftingHarness.Templates);

    [Fact]
    public void TheAnswerNamesWhereTheProfileCameFromTheRoleAndWhatItsSearchLookedFor()
    {
        var (subject, body) = Drafter.Draft("Maria Lopez", ProfileSource.Public(ProfileOrigin.Import), "Senior Backend Engineer", Query);

        Assert.Equal("How we found you", subject);
        Assert.StartsWith("Hi Maria,", body, StringComparison.Ordinal);
        Assert.Contains("public talent pool", body, StringComparison.Ordinal);
        Assert.Contains("a search for the Senior Backend Engineer role, which looked for backend engineer, golang developer, go.", body, StringComparison.Ordinal);
        Assert.Contains("erase your details", body, StringComparison.Ordinal);
        Assert.DoesNotContain("northwind", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("madrid", body, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(ProfileOrigin.AtsImport, "our applicant tracking system")]
    [InlineData(ProfileOrigin.Applicant, "you applied to one of our roles")]
    [InlineData(ProfileOrigin.Import, "a file of profiles we imported")]
    public void EachOwnSourceIsSaidInItsWordsAndNeverByItsFileOrRow(ProfileOrigin origin, string said)
    {
        var (_, body) = Drafter.Draft("Maria Lopez", new ProfileSource(TalentPoolKind.Private, "acme", origin, "crm-export.csv row 17"), "Senior Backend Engineer", Query);

        Assert.Contains(said, body, StringComparison.Ordinal);
        Assert.DoesNotContain("crm-export", body, StringComparison.Ordinal);
        Assert.DoesNotContain("public talent pool", body, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutASearchTheRoleIsStillNamedAndNothingIsInvented()
    {
        var (_, body) = Drafter.Draft("Dr. Maria Lopez", ProfileSource.Public(), "Senior Backend Engineer", null);

        Assert.StartsWith("Hi Maria,", body, StringComparison.Ordinal);
        Assert.Contains("We then considered it for the Senior Backend Engineer role.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("looked for", body, StringComparison.Ordinal);
    }

    [Fact]
    public void TheAnswerPassesTheChecksEveryMessageToACandidatePassesBeforeItIsSent()
    {
        var (subject, body) = Drafter.Draft(Candidates.Engineer.Name, Candidates.Engineer.Source, Jobs.Backend.Title, Query);

        var review = DraftingHarness.Checker.Check(Candidates.Engineer, Jobs.Backend, [new OutreachMessage(OutreachMessageKind.FollowUp, subject, body)], [], OutreachLength.Medium);

        Assert.True(review.Passed, string.Join(" ", review.Issues.Select(i => i.Reason)));
    }
}
