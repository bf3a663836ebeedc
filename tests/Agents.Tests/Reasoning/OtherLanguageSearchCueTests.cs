using Hiring.Agents.Tests.Reasoning.Support;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Tests.Reasoning;

/// <summary>
/// MiniLM is an English model: it puts a German, Spanish or Portuguese message near any exemplar of its language, whatever it
/// asks. The search's exemplars in other languages count only beside a search cue, so chat and questions in those languages,
/// while qualifications wait, start no search (which left two approvals waiting and made the next "approved" ambiguous), and
/// searches asked for in so many words still do.
/// </summary>
public sealed class OtherLanguageSearchCueTests
{
    [Theory]
    [InlineData("freigeben heißt was genau? passiert dann schon etwas?")]
    [InlineData("Madre mía, qué frío hace hoy en la oficina")]
    [InlineData("A diretora pediu pra agradecer pelo resumo, ficou ótimo 😄")]
    [InlineData("Hur lång tid tar det innan du hittar någon?")]
    public async Task ChatAndQuestionsInOtherLanguagesStartNoSearch(string message)
    {
        var plan = await WaitingApprovals.PlanAsync(message, WaitingApprovals.Qualifications);

        Assert.DoesNotContain(plan.Steps, s => s.Action == PlanActions.Search);
        Assert.Empty(WaitingApprovals.Decided(plan));
    }

    [Theory]
    [InlineData("Kannst du mal Bewerber suchen?")]
    [InlineData("kun je alvast wat kandidaten zoeken?")]
    [InlineData("such uns bitte ein paar Leute")]
    [InlineData("Wyszukaj proszę kandydatów")]
    public async Task ASearchAskedForInOtherLanguagesIsTheOpenProjectsSearch(string message)
    {
        var plan = await WaitingApprovals.PlanAsync(message);

        Assert.Equal(PlanIntent.FindCandidates, plan.Intent);
    }
}
