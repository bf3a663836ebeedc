using Hiring.Agents.Outreach.Drafting;
using Hiring.Agents.Tests.Outreach.Drafting.Support;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Talent;

namespace Hiring.Agents.Tests.Outreach.Drafting;

public sealed class DraftCheckTests
{
    private const string Fabricated = "Led the migration of Google's search backend to Rust.";

    [Fact]
    public void ADraftCitingAFactThatIsNotInTheProfileIsRejectedWithTheOffendingText()
    {
        var draft = Draft(Candidates.Engineer, Jobs.Backend, Jobs.BackendQualifications);
        var edited = draft with
        {
            Messages = [Edit(draft.Messages[0], $"I was impressed that you {Fabricated}"), .. draft.Messages.Skip(1)],
            Facts = [.. draft.Facts, new CitedFact("experience[0].description", Fabricated, "Go")],
        };

        var review = Check(Candidates.Engineer, Jobs.Backend, edited);

        Assert.False(review.Passed);
        var issue = Assert.Single(review.Of(DraftIssueKind.FabricatedFact));
        Assert.Equal(Fabricated, issue.Text);
        Assert.Equal(0, issue.Message);
        Assert.Contains(Fabricated, issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AQuotationARecruiterEditsIntoSomethingTheProfileDoesNotSayIsRejected()
    {
        var draft = Draft(Candidates.Nurse, Jobs.Nursing, Jobs.NursingQualifications);
        var quoted = "Ran the hospital's ECMO programme for five years.";
        var edited = draft with { Messages = [Edit(draft.Messages[0], $"Your profile says \"{quoted}\""), .. draft.Messages.Skip(1)] };

        var review = Check(Candidates.Nurse, Jobs.Nursing, edited);

        Assert.Contains(review.Of(DraftIssueKind.FabricatedFact), i => i.Text == quoted);
        Assert.False(review.Passed);
    }

    [Fact]
    public void AFactQuotedWithOtherCaseAndSpacingStillCounts()
    {
        var draft = Draft(Candidates.Engineer, Jobs.Backend, Jobs.BackendQualifications);
        var fact = "wrote  GO services that settle\ncard payments.";
        var edited = draft with
        {
            Messages = [Edit(draft.Messages[0], $"You \"{fact}\""), .. draft.Messages.Skip(1)],
            Facts = [.. draft.Facts, new CitedFact("experience[0].description", fact, "Go")],
        };

        Assert.Empty(Check(Candidates.Engineer, Jobs.Backend, edited).Of(DraftIssueKind.FabricatedFact));
    }

    [Theory]
    [InlineData("The salary is $150,000.", "$150,000")]
    [InlineData("We can offer up to 95k.", "up to 95k")]
    [InlineData("You'd also get generous equity.", "equity")]
    [InlineData("The role can be fully remote.", "fully remote")]
    [InlineData("We can sponsor your visa.", "sponsor")]
    public void APromiseTheSpecAndFaqDoNotStateIsFlagged(string promise, string flagged)
    {
        var draft = Draft(Candidates.Nurse, Jobs.Nursing, Jobs.NursingQualifications);
        var edited = draft with { Messages = [Edit(draft.Messages[0], promise), .. draft.Messages.Skip(1)] };

        var review = Check(Candidates.Nurse, Jobs.Nursing, edited);

        Assert.False(review.Passed);
        Assert.Contains(review.Of(DraftIssueKind.UnsupportedPromise), i => i.Text == flagged);
    }

    [Theory]
    [InlineData("The range is €70–85k, plus an annual bonus.")]
    [InlineData("It is a hybrid role, and we sponsor visas.")]
    public void WhatTheSpecAndFaqStateMayBeSaid(string claim)
    {
        var draft = Draft(Candidates.Engineer, Jobs.Backend, Jobs.BackendQualifications);
        var edited = draft with { Messages = [Edit(draft.Messages[0], claim), .. draft.Messages.Skip(1)] };

        Assert.Empty(Check(Candidates.Engineer, Jobs.Backend, edited).Of(DraftIssueKind.UnsupportedPromise));
    }

    [Fact]
    public void AnAmountDifferentFromTheFaqsIsFlagged()
    {
        var draft = Draft(Candidates.Engineer, Jobs.Backend, Jobs.BackendQualifications);
        var edited = draft with { Messages = [Edit(draft.Messages[0], "The salary is €95k."), .. draft.Messages.Skip(1)] };

        Assert.Contains(Check(Candidates.Engineer, Jobs.Backend, edited).Of(DraftIssueKind.UnsupportedPromise), i => i.Text == "€95k");
    }

    [Fact]
    public void MoneyInTheCandidatesOwnQuotedWordsIsNoPromise()
    {
        var draft = Draft(Candidates.Analyst, Jobs.Finance, Jobs.FinanceQualifications);

        Assert.Contains("$40M", draft.Messages[0].Body, StringComparison.Ordinal);
        Assert.Empty(Check(Candidates.Analyst, Jobs.Finance, draft).Of(DraftIssueKind.UnsupportedPromise));
    }

    [Fact]
    public void AProtectedAttributeInAnEditedMessageIsRefused()
    {
        var draft = Draft(Candidates.SalesRep, Jobs.Sales, Jobs.SalesQualifications);
        var edited = draft with { Messages = [.. draft.Messages.Take(1), Edit(draft.Messages[1], "We want a young, energetic closer like you."), .. draft.Messages.Skip(2)] };

        var review = Check(Candidates.SalesRep, Jobs.Sales, edited);

        var issue = Assert.Single(review.Of(DraftIssueKind.ProtectedAttribute));
        Assert.Equal(1, issue.Message);
        Assert.Contains("young", issue.Text, StringComparison.Ordinal);
        Assert.False(review.Passed);
    }

    [Fact]
    public void AMessageOverItsLengthLimitIsFlagged()
    {
        var draft = Draft(Candidates.Engineer, Jobs.Backend, Jobs.BackendQualifications);
        var padding = string.Join(' ', Enumerable.Repeat("We really do think you would enjoy working here.", 20));
        var edited = draft with { Messages = [Edit(draft.Messages[0], padding), .. draft.Messages.Skip(1)] };

        var review = Check(Candidates.Engineer, Jobs.Backend, edited);

        Assert.Contains(review.Of(DraftIssueKind.TooLong), i => i.Message == 0);
        Assert.False(review.Passed);
    }

    [Fact]
    public void AnEditThatDropsEveryProfileFactIsWarnedAboutNotRejected()
    {
        var draft = Draft(Candidates.Engineer, Jobs.Backend, Jobs.BackendQualifications);
        var edited = draft with { Messages = [new OutreachMessage(OutreachMessageKind.First, "Hello", "Hi Maria, are you open to a chat about a role? Reply \"no thanks\" to opt out."), .. draft.Messages.Skip(1)] };

        var review = Check(Candidates.Engineer, Jobs.Backend, edited);

        Assert.True(review.Passed);
        Assert.Single(review.Of(DraftIssueKind.NoProfileFact));
    }

    private static OutreachDraft Draft(CandidateProfile profile, JobSpec spec, IReadOnlyList<Qualification> qualifications) =>
        OutreachDraftTests.Compose(profile, spec, qualifications);

    private static DraftReview Check(CandidateProfile profile, JobSpec spec, OutreachDraft draft) =>
        DraftingHarness.Checker.Check(profile, spec, draft, OutreachLength.Short);

    // A recruiter's edit: a sentence added after the greeting.
    private static OutreachMessage Edit(OutreachMessage message, string sentence)
    {
        var at = message.Body.IndexOf("\n\n", StringComparison.Ordinal);
        return message with { Body = at < 0 ? $"{message.Body} {sentence}" : $"{message.Body[..at]}\n\n{sentence}{message.Body[at..]}" };
    }
}
