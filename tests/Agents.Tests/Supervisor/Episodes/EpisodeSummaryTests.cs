using Hiring.Agents.Memory;
using Hiring.Agents.Supervisor;
using Hiring.Agents.Supervisor.State;
using Hiring.Agents.Tests.Support;
using Hiring.Contracts.Memory;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Tests.Supervisor.Episodes;

/// <summary>The episode of a stretch of conversation, written from the supervisor's own records.</summary>
public sealed class EpisodeSummaryTests
{
    private static readonly EpisodeSummary Summary = new(MemoryRules.Load(UnderstandingResources.Prompts));

    private static ConversationStretch Stretch(params string[] plans) => new()
    {
        ProjectId = "ana.p1",
        FromEvent = 1,
        ThroughEvent = 100,
        StartedAt = EpisodeRecords.Day,
        EndedAt = EpisodeRecords.Day.AddHours(2),
        PlanIds = [.. plans],
    };

    private static List<AssistantEvent> Events(params EventDraft[] drafts) =>
        [.. drafts.Select((d, i) => new AssistantEvent(i + 1, "acme/ana", d.Kind, EpisodeRecords.Day.AddMinutes(i), d.Text, d.PlanId, d.StepIndex, d.Payload))];

    [Fact]
    public void AnEpisodeSaysWhenWhichRoleWhatTheRecruiterDidAndWhereThePipelineStood()
    {
        var events = Events(
            EpisodeRecords.Created("m1", PlanIntent.StartProject, "need a senior backend engineer in Berlin"),
            EpisodeRecords.Decided("m1", ApprovalAction.ApplyQualificationChange, ApprovalStatus.Approved),
            EpisodeRecords.Created("m2", PlanIntent.FindCandidates, "find me people"),
            EpisodeRecords.Decided("m2", ApprovalAction.StartSourcing, ApprovalStatus.Approved),
            EpisodeRecords.Created("m3", PlanIntent.CandidateFeedback, "1 and 3 look right"),
            EpisodeRecords.Decided("m3", ApprovalAction.Advance, ApprovalStatus.Rejected));

        var draft = Summary.Summarise(Stretch("m1", "m2", "m3"), events, EpisodeRecords.Berlin());

        Assert.NotNull(draft);
        Assert.Equal(
            "On 4 Dec, Senior Backend Engineer (Berlin, DE): you set up the project, you approved 2 qualifications (go, kubernetes), you asked me to source, you approved a sourcing run, you gave feedback on candidates and you turned down a shortlist; the pipeline then held 8 candidates, 3 shortlisted, 1 contacted.",
            draft.Text);
        Assert.Equal((MemoryKind.Episode, EpisodeSummary.Importance), (draft.Kind, draft.Importance));
        // The summary also says when its conversation ran, so a question about those days finds it.
        Assert.Equal(new MemorySource(MemorySource.Conversation, "ana.p1#1-100", "", "ana.p1", EpisodeRecords.Day, EpisodeRecords.Day.AddHours(2)), draft.Source);
    }

    [Theory]
    [InlineData("can you find 3 line cooks for Saltmarsh Bistro in Berlin", "Senior Backend Engineer (Berlin) for Saltmarsh Bistro:")]
    [InlineData("pull 8 forklift drivers for the Calloway account, nights", "Senior Backend Engineer (Berlin) for Calloway:")]
    [InlineData("need a backend engineer with 5 years at Google, Berlin", "Senior Backend Engineer (Berlin):")]
    [InlineData("need a backend engineer for Berlin", "Senior Backend Engineer (Berlin):")]
    [InlineData("draft an advert for a quarry manager, Ridgeback Aggregates, Berlin, 4 on 4 off", "Senior Backend Engineer (Berlin) for Ridgeback Aggregates:")]
    public void AnEpisodeNamesWhoTheWorkWasForAsTheRequestNamedItNeverACandidatesFormerEmployer(string request, string said)
    {
        var berlin = EpisodeRecords.Berlin();
        var project = berlin with { Spec = berlin.Spec! with { Description = request, Locations = ["Berlin"] } };

        var text = Summary.Summarise(Stretch("m1"), Events(EpisodeRecords.Created("m1", PlanIntent.StartProject, request)), project)!.Text;

        Assert.Contains(said, text, StringComparison.Ordinal);
    }

    [Fact]
    public void NoMessageIsQuotedSoNoRefusedWordOrCandidateNameReachesTheEpisode()
    {
        var events = Events(
            EpisodeRecords.Created("m1", PlanIntent.StartProject, "need a backend engineer in Berlin, digital natives only"),
            EpisodeRecords.Created("m2", PlanIntent.ShowCandidate, "show me Jana Novak's profile"));

        var text = Summary.Summarise(Stretch("m1", "m2"), events, EpisodeRecords.Berlin())!.Text;

        Assert.DoesNotContain("digital", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Jana", text, StringComparison.Ordinal);
        Assert.DoesNotContain("cand-", text, StringComparison.Ordinal);
    }

    [Fact]
    public void WhatOtherPlansDidMeanwhileIsNotPartOfTheEpisode()
    {
        var events = Events(
            EpisodeRecords.Created("m1", PlanIntent.RefineRequirements, "add Docker"),
            EpisodeRecords.Created("m2", PlanIntent.DraftOutreach, "draft outreach for the other role"));

        var text = Summary.Summarise(Stretch("m1"), events, EpisodeRecords.Berlin())!.Text;

        Assert.Contains("you changed the requirements", text, StringComparison.Ordinal);
        Assert.DoesNotContain("outreach", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AStretchOverTwoDaysSaysBothAndAnEmptyPipelineIsNotCounted()
    {
        var stretch = Stretch("m1");
        stretch.EndedAt = EpisodeRecords.Day.AddDays(1);
        var project = EpisodeRecords.Berlin() with { Pipeline = [] };

        var text = Summary.Summarise(stretch, Events(EpisodeRecords.Created("m1", PlanIntent.StartProject, "x")), project)!.Text;

        Assert.Equal("Between 4 Dec and 5 Dec, Senior Backend Engineer (Berlin, DE): you set up the project.", text);
    }

    [Fact]
    public void AProjectWithoutASpecHasNoEpisode() =>
        Assert.Null(Summary.Summarise(Stretch("m1"), [], EpisodeRecords.Berlin() with { Spec = null }));
}
