using Hiring.Agents.Supervisor;
using Hiring.Agents.Tests.Reasoning.Support;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Tests.Autopilot;

public sealed class OvernightDigestTests
{
    private static readonly OvernightDigest Digest = new(SupervisorMessages.Load(TestResources.Prompts));

    [Fact]
    public void TheNightsRunsApplicantsRepliesAndWaitingApprovalsAreToldInOrder()
    {
        AssistantEvent[] recent =
        [
            Event(AssistantEventKind.AutopilotRunFinished, "Backend Engineer: 12 new matches (3 strong) from 2,000 new or changed profiles."),
            Event(AssistantEventKind.ApplicantEvaluated, "New applicant for Backend Engineer: Noor Haddad (em-1) is a match."),
            Event(AssistantEventKind.CandidateReplied, "Ana replied."),
            Event(AssistantEventKind.CandidateReplied, "Ben replied."),
            Event(AssistantEventKind.AutopilotRunFinished, "Data Analyst: no new matches among 2,000 new or changed profiles."),
            Event(AssistantEventKind.StepStarted, "Sourcing: search"),
        ];

        var text = Digest.Describe(recent, approvalsWaiting: 1, hours: 24);

        Assert.Equal(
            "In the last 24 hours: Backend Engineer: 12 new matches (3 strong) from 2,000 new or changed profiles. Data Analyst: no new matches among 2,000 new or changed profiles. " +
            "New applicant for Backend Engineer: Noor Haddad (em-1) is a match. 2 candidate replies came in. 1 approval is waiting for you.",
            text);
    }

    [Fact]
    public void AQuietNightSaysSoAndStillNamesWhatWaits()
    {
        Assert.Equal("Nothing new in the last 24 hours. Nothing is waiting for your approval.", Digest.Describe([], 0, 24));
        Assert.Equal("Nothing new in the last 24 hours. 3 approvals are waiting for you.", Digest.Describe([], 3, 24));
    }

    private static AssistantEvent Event(AssistantEventKind kind, string text) => new(1, "acme/ana", kind, DateTimeOffset.UnixEpoch, text);
}
