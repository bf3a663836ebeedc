using Hiring.Agents.Privacy;
using Hiring.Agents.Supervisor;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Planning;
using static Hiring.Agents.Tests.Privacy.ErasedPeople;

namespace Hiring.Agents.Tests.Privacy;

/// <summary>What erasure leaves of the plan-shaped values agents keep: steps, outcomes, questions.</summary>
public sealed class PlanRedactionTests
{
    [Fact]
    public void AStepIsAboutThemAloneWhenEveryCandidateItNamesIsThem()
    {
        Assert.True(Redaction.OnlyThem(Values((StepValueNames.Candidates, Anouk), (StepValueNames.Text, "Hi Anouk"))));
        Assert.True(Redaction.OnlyThem(Values((StepValueNames.Candidate, "Anouk Lindqvist"))));
        Assert.False(Redaction.OnlyThem(Values((StepValueNames.Candidates, $"{Anouk},{Bodhi}"))));
        Assert.False(Redaction.OnlyThem(Values((StepValueNames.Request, "draft a message to Anouk Lindqvist"))));
        Assert.False(Redaction.OnlyThem(Values((StepValueNames.Candidates, Bodhi))));
    }

    [Fact]
    public void ADraftForThemAndAnotherLosesTheirSendAndTheirNameAndKeepsTheOthers()
    {
        var bodhi = Send(Bodhi, "Hi Bodhi, you led the Go migration at Foo.");
        var outcome = new StepOutcome(
            "Drafted 2 messages: Anouk Lindqvist, Bodhi Okafor.",
            Values((StepValueNames.Drafted, $"{Anouk},{Bodhi}")),
            FollowUps: [Send(Anouk, "Hi Anouk, you built payments at Bar."), bodhi]);

        var redacted = Redaction.Outcome(outcome);

        Assert.Equal("Drafted 2 messages: [erased], Bodhi Okafor.", redacted.Summary);
        Assert.Equal("[erased],em-bo", redacted.Outputs[StepValueNames.Drafted]);
        var kept = Assert.Single(redacted.FollowUps!);
        Assert.Equal(bodhi.Inputs, kept.Inputs);
        Assert.Equal(bodhi.Summary, kept.Summary);
    }

    [Fact]
    public void AnOutcomeAboutThemAloneKeepsOnlyTheMarkerAndNoPayload()
    {
        var outcome = new StepOutcome("Drafted a message for Anouk Lindqvist.", Values((StepValueNames.Drafted, Anouk)), Payload: "{\"name\":\"Anouk Lindqvist\",\"employer\":\"Bar\"}", FollowUps: [Send(Anouk, "Hi Anouk")]);

        var redacted = Redaction.Outcome(outcome);

        Assert.Equal(CandidateMentions.Marker, redacted.Summary);
        Assert.Null(redacted.Payload);
        Assert.Empty(redacted.FollowUps!);
        Assert.False(NamesAnouk(EventJson.Serialize(redacted)));
    }

    [Fact]
    public void ANumberedBatchKeepsTheirPlaceWithTheMarkerSoOneAndThreeStillMeanWhomTheyMeant()
    {
        var question = new OpenQuestion(OpenQuestion.Calibration, "1. Bodhi Okafor 2. Anouk Lindqvist 3. Cy Ames", "find go developers", [], "p1", [Bodhi, Anouk, "em-cy"]);

        var redacted = Redaction.Question(question);

        Assert.Equal([Bodhi, CandidateMentions.Marker, "em-cy"], redacted.Candidates);
        Assert.Equal("1. Bodhi Okafor 2. [erased] 3. Cy Ames", redacted.Asked);
    }

    [Fact]
    public void AStepStillToRunRunsOnTheMarkerInTheirPlace()
    {
        var command = new StepCommand("k1", "acme/rita", "p1", PlanActions.SendMessage, Send(Anouk, "Hi Anouk").Inputs, RequestSlots.Empty with { Candidate = "Anouk Lindqvist" });

        var redacted = Redaction.Command(command);

        Assert.Equal(CandidateMentions.Marker, redacted.Inputs[StepValueNames.Candidates]);
        Assert.Equal("Hi [erased]", redacted.Inputs[StepValueNames.Text]);
        Assert.Equal(CandidateMentions.Marker, redacted.Slots.Candidate);
        Assert.Equal(command.IdempotencyKey, redacted.IdempotencyKey);
    }

    private static PlanStep Send(string candidate, string text) =>
        new(AgentKind.Outreach, PlanActions.SendMessage, Values((StepValueNames.Candidates, candidate), (StepValueNames.Subject, "A Go role"), (StepValueNames.Text, text), (StepValueNames.Project, "p1")), true, ApprovalAction.Send, $"Send the message to {(candidate == Anouk ? "Anouk Lindqvist" : "Bodhi Okafor")}");

    private static Dictionary<string, string> Values(params (string Name, string Value)[] values) => values.ToDictionary(v => v.Name, v => v.Value);
}
