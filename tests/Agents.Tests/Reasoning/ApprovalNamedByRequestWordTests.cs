using Hiring.Agents.Tests.Reasoning.Support;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Reasoning.Planning;
using Hiring.Reasoning.Tasks;

namespace Hiring.Agents.Tests.Reasoning;

/// <summary>
/// Mixed verdicts the held-out approvals round 11 missed, in other words than its eval cases: each waiting thing named by one long word
/// of its own request (the German title as the recruiter wrote it, or the head of a Dutch compound), a bare "nicht" after the name, and
/// a search let run by what it may do ("mag lopen").
/// </summary>
public sealed class ApprovalNamedByRequestWordTests
{
    private static OpenProject Project(string id, string title, string place, string request) =>
        new(id, new JobSpec(title, title.ToLowerInvariant(), "", [place], RemotePolicy.Unspecified, EmploymentType.FullTime, request, []), [], []);

    private static PendingApproval Waiting(string id, string projectId, bool search) =>
        search ? new(id, ApprovalAction.StartSourcing, PlanActions.Search, "Sourcing will search", projectId)
            : new(id, ApprovalAction.ApplyQualificationChange, PlanActions.ApplyQualifications, "Intake will apply qualifications", projectId);

    private static Task<Plan> PlanAsync(string message, OpenProject open, OpenProject earlier, params PendingApproval[] waiting) =>
        TestResources.Planner.RunAsync(new PlanRequest(message, Dialogue: new DialogueState(open, null, [earlier], Approvals: waiting)), ReasoningContext.None);

    [Fact]
    public async Task EachTitleAsWrittenInItsRequestPicksWhatItDecides()
    {
        var electronics = Project("e", "Electronics Technician", "Stuttgart, DE", "Wir suchen einen Elektroniker für Betriebstechnik in Stuttgart, 3 Jahre Erfahrung");
        var mechatronics = Project("m", "Mechatronics Technician", "Stuttgart, DE", "Dazu einen Mechatroniker für dasselbe Werk, 2 Jahre Erfahrung");

        var plan = await PlanAsync("Elektroniker passt, freigegeben. Beim Mechatroniker nicht – SPS-Kenntnisse müssen rein.", mechatronics, electronics,
            Waiting("e1", "e", search: false), Waiting("m1", "m", search: false));

        Assert.Equal([("e1", "approve"), ("m1", "reject")], WaitingApprovals.Decided(plan));
    }

    [Fact]
    public async Task TheHeadOfACompoundNamesItsProjectAndASearchMayRun()
    {
        var drivers = Project("d", "Forklift Driver", "Eindhoven, NL", "We zoeken een heftruckchauffeur voor ons distributiecentrum in Eindhoven");
        var planner = Project("p", "Logistics Planner", "Eindhoven, NL", "Ook een logistiek planner op hetzelfde centrum, 2 jaar ervaring");

        var plan = await PlanAsync("De zoekopdracht voor de chauffeurs mag lopen. De planner klopt niet: dat moet 4 jaar ervaring zijn.", planner, drivers,
            Waiting("d1", "d", search: true), Waiting("p1", "p", search: false));

        Assert.Equal([("d1", "approve"), ("p1", "reject")], WaitingApprovals.Decided(plan));
    }
}
