using Hiring.Agents.Tests.Reasoning.Support;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Reasoning.Planning;
using Hiring.Reasoning.Tasks;

namespace Hiring.Agents.Tests.Reasoning;

/// <summary>
/// Intents the held-out policy round 40 found read wrong once a refusal had taken its part out, each in other words than its case:
/// screens booked in Swedish ("boka intervjuer"), a Japanese request to recruit written without spaces ("1名採用したいです"), and a
/// message to the shortlist "van de vacature …", which names the open vacancy rather than passing on a new one; and a Danish request
/// that says where, how long and which licence besides the title.
/// </summary>
public sealed class OtherLanguageIntentCueTests
{
    private static readonly OpenProject WarehouseBoras = new("lager-boras", new JobSpec("Warehouse Manager", "warehouse manager", "", ["Borås, SE"], RemotePolicy.Unspecified, EmploymentType.FullTime, "", [], MinYears: 3), [], []);

    private static readonly OpenProject AccountManagerUtrecht = new("am-utrecht", new JobSpec("Account Manager", "account manager", "", ["Utrecht, NL"], RemotePolicy.Unspecified, EmploymentType.FullTime, "", []), ["b2b sales"], []);

    [Theory]
    [InlineData("Boka ett första samtal med kandidat 2 nästa vecka")]
    [InlineData("kan du boka intervjuer med 1 och 4?")]
    public async Task ScreensBookedInSwedishAreScheduled(string message)
    {
        var plan = await TestResources.Planner.RunAsync(new PlanRequest(message, Dialogue: new DialogueState(WarehouseBoras, null)), ReasoningContext.None);

        Assert.Equal(PlanIntent.ScheduleScreen, plan.Intent);
    }

    // Found trying the product in Danish: with a site, years and a licence beside the title, "vi søger" was no ask to hire.
    [Theory]
    [InlineData("Hej, vi søger en elektriker til en byggeplads i Aarhus, mindst 3 års erfaring, kørekort B")]
    [InlineData("Hej, vi søger en maler til et hotel i Aalborg, mindst 2 års erfaring, kørekort B")]
    public async Task ADanishRequestWithItsDetailsStartsAProject(string message)
    {
        Assert.Equal(PlanIntent.StartProject, (await TestResources.Planner.RunAsync(new PlanRequest(message), ReasoningContext.None)).Intent);
    }

    [Fact]
    public async Task AJapaneseRequestToRecruitStartsAProject()
    {
        var plan = await TestResources.Planner.RunAsync(new PlanRequest("名古屋本社で経理担当を1名採用したいです"), ReasoningContext.None);

        Assert.Equal(PlanIntent.StartProject, plan.Intent);
    }

    [Fact]
    public async Task AMessageForTheShortlistOfTheVacancyIsOutreach()
    {
        var plan = await TestResources.Planner.RunAsync(
            new PlanRequest("Schrijf een bericht voor de shortlist van de vacature accountmanager in Utrecht, noem de leaseauto", Dialogue: new DialogueState(AccountManagerUtrecht, null)),
            ReasoningContext.None);

        Assert.Equal(PlanIntent.DraftOutreach, plan.Intent);
    }

}
