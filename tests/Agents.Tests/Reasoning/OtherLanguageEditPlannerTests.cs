using Hiring.Agents.Tests.Reasoning.Support;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Reasoning.Planning;
using Hiring.Reasoning.Tasks;

namespace Hiring.Agents.Tests.Reasoning;

/// <summary>
/// Edits to the open role said in other languages or with number words: a place also acceptable ("Gdynia też ok"), years named
/// back as too many ("nine zyada hai, make it six"), a level wished instead; thanks in other languages are chat; a return to an
/// earlier project said with "al" ("volviendo al …") goes back to it.
/// </summary>
public sealed class OtherLanguageEditPlannerTests
{
    private static readonly OpenProject NurseLyon = new("nurse-lyon", new JobSpec("Staff Nurse", "staff nurse", "", ["Lyon, FR"], RemotePolicy.Unspecified, EmploymentType.FullTime, "", [], MinYears: 9), ["icu"], []);

    private static readonly OpenProject PlumberPorto = new("plumber-porto", new JobSpec("Plumber", "plumber", "", ["Porto, PT"], RemotePolicy.Unspecified, EmploymentType.FullTime, "", []), [], []);

    private static Task<Plan> PlanAsync(string message, DialogueState dialogue) =>
        TestResources.Planner.RunAsync(new PlanRequest(message, Dialogue: dialogue), ReasoningContext.None);

    [Theory]
    [InlineData("Grenoble też ok")]
    [InlineData("Grenoble bhi chalega")]
    [InlineData("Grenoble geht auch")]
    [InlineData("Grenoble también sirve")]
    [InlineData("Grenoble anche va bene")]
    public async Task APlaceAlsoAcceptableInAnotherLanguageChangesTheOpenRole(string message)
    {
        Assert.Equal(PlanIntent.RefineRequirements, (await PlanAsync(message, new DialogueState(NurseLyon, null))).Intent);
    }

    // A German word with an umlaut is no slip of an English title word ("wären" is not "warden"): the wish is a change to the open role.
    [Theory]
    [InlineData("ach, und Französischkenntnisse wären schön")]
    [InlineData("Spanischkenntnisse wären auch gut")]
    public async Task AGermanWishWithAnUmlautChangesTheOpenRole(string message)
    {
        Assert.Equal(PlanIntent.RefineRequirements, (await PlanAsync(message, new DialogueState(NurseLyon, null))).Intent);
    }

    [Theory]
    [InlineData("sorry, nine zyada hai, make it six")]
    [InlineData("neun Jahre sind zu viel, sechs reichen")]
    public async Task YearsNamedBackAsTooManyInWordsChangeTheOpenRole(string message)
    {
        var plan = await PlanAsync(message, new DialogueState(NurseLyon, null));

        Assert.Equal(PlanIntent.RefineRequirements, plan.Intent);
    }

    [Theory]
    [InlineData("valeu!")]
    [InlineData("shukriya")]
    [InlineData("kiitos!")]
    public async Task ThanksInAnotherLanguageAreChat(string message)
    {
        Assert.Equal(PlanIntent.SmallTalk, (await PlanAsync(message, new DialogueState(NurseLyon, null))).Intent);
    }

    [Theory]
    [InlineData("ok, volviendo al plumber: que sea con 4 años mínimo")]
    [InlineData("regresando a la de plumber, Braga también")]
    public async Task AReturnSaidWithAlGoesBackToTheEarlierProject(string message)
    {
        var plan = await PlanAsync(message, new DialogueState(NurseLyon, null, [PlumberPorto]));

        Assert.Equal((PlanIntent.RefineRequirements, "plumber-porto"), (plan.Intent, plan.ProjectId));
    }
}
