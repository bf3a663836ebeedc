using Hiring.Agents.Tests.Reasoning.Support;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Reasoning.Planning;
using Hiring.Reasoning.Tasks;

namespace Hiring.Agents.Tests.Reasoning;

/// <summary>
/// With a project open, from held-out policy round 37 (what went on after a refusal): screens booked for the open role's people
/// (its title named, a person's name and the round between the verb and the interview, the German verb at the end); a search
/// kept running through the night with the role named between; candidates moved on by number in other languages.
/// </summary>
public sealed class ScheduleAndMoveOnPlannerTests
{
    private static Task<Plan> PlanAsync(string message, string title, string place) =>
        TestResources.Planner.RunAsync(
            new PlanRequest(message, Dialogue: new DialogueState(new OpenProject("p1", new JobSpec(title, title.ToLowerInvariant(), "", [place], RemotePolicy.Unspecified, EmploymentType.FullTime, "", []), ["customer service"], []), null)),
            ReasoningContext.None);

    [Theory]
    [InlineData("can u set up phone screens for the forklift driver list tmrw", "Forklift Driver", "Leeds, GB")]
    [InlineData("Set up Tom's final-round interview for the analyst role on Teams instead of in person, he asked if he could do it remotely.", "Analyst", "Dublin, IE")]
    [InlineData("Kannst du bitte Vorstellungsgespräche mit den drei Elektrikern aus München für Dienstag einplanen?", "Elektriker", "Munich, DE")]
    public async Task ScreensBookedForTheOpenRolesPeopleAreScheduled(string message, string title, string place)
    {
        Assert.Equal(PlanIntent.ScheduleScreen, (await PlanAsync(message, title, place)).Intent);
    }

    [Fact]
    public async Task ASearchKeptRunningThroughTheNightWithTheRoleNamedBetweenIsAutopilot()
    {
        var plan = await PlanAsync("please keep looking for the line cook in Sheffield overnight and send me the best by morning", "Line Cook", "Sheffield, GB");

        Assert.Equal(PlanIntent.AutopilotOn, plan.Intent);
    }

    [Theory]
    [InlineData("Sobre as candidatas de recepção: a 2 e a 4 seguem para a próxima fase.", "Receptionist", "Porto, PT")]
    [InlineData("Sobre los candidatos de cocina: el 3 pasa a entrevista con el chef.", "Cook", "Seville, ES")]
    public async Task CandidatesMovedOnByNumberInOtherLanguagesAreFeedback(string message, string title, string place)
    {
        Assert.Equal(PlanIntent.CandidateFeedback, (await PlanAsync(message, title, place)).Intent);
    }
}
