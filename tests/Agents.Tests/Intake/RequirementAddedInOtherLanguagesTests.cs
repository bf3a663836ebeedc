using Hiring.Agents.Tests.Intake.Support;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Tests.Intake;

/// <summary>
/// A requirement added with another language's add verb, in the form a request or a condition takes ("si añades excel",
/// "ajoutez sql"): the lower-case skill after it is the one added (seen in a tryout: "lo apruebo si añades excel" could not
/// tell what to change).
/// </summary>
public sealed class RequirementAddedInOtherLanguagesTests
{
    [Theory]
    [InlineData("vale, pero agregas powerpoint", "powerpoint")]
    [InlineData("lo apruebo si añades excel", "excel")]
    [InlineData("ok wenn du noch excel hinzufügst", "excel")]
    [InlineData("si tu ajoutes excel", "excel")]
    [InlineData("c'est bien si vous ajoutez powerpoint", "powerpoint")]
    [InlineData("ok, aggiungete powerpoint per favore", "powerpoint")]
    [InlineData("tudo certo se acrescentas powerpoint", "powerpoint")]
    public async Task ALowerCaseSkillAfterAnInflectedAddVerbIsProposed(string text, string subject)
    {
        var harness = new IntakeHarness();
        var created = await harness.CreateAsync("p1", "Office manager in Madrid, SAP required");
        await harness.RunAsync(PlanActions.ApplyQualifications, "p1", created.FollowUps![0].Inputs);

        var outcome = await harness.RunAsync(PlanActions.RefineRequirements, "p1", new Dictionary<string, string> { ["request"] = text });
        await harness.RunAsync(PlanActions.ApplyQualifications, "p1", Assert.Single(outcome.FollowUps!).Inputs);

        Assert.Contains(harness.Project("p1").Qualifications, q => (q.Subject ?? "").Contains(subject, StringComparison.OrdinalIgnoreCase));
    }
}
