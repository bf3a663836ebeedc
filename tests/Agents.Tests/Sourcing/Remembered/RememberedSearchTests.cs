using Hiring.Agents.Sourcing;
using Hiring.Agents.SubAgents;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;

namespace Hiring.Agents.Tests.Sourcing.Remembered;

/// <summary>A search over a real index of a synthetic pool follows the owner's memories: a liked skill ranks up, a company to avoid is left out, each said.</summary>
public sealed class RememberedSearchTests(SyntheticPoolFixture pool) : IClassFixture<SyntheticPoolFixture>
{
    private static FakeProject Project() => new(Specs.Backend(seniority: "", remote: RemotePolicy.Remote), [Specs.Skill("q1", "Go"), Specs.Skill("q2", "Kubernetes")]);

    private async Task<(FakeProject Project, StepOutcome Outcome)> SearchAsync(FakeRecruiterMemories memories, int count = 15)
    {
        var agent = pool.Agent(memories: memories);
        var project = Project();
        var state = new SourcingState();
        await agent.RunAsync(new StepContext<SourcingState>("t1/p1", Step(PlanActions.Calibrate), state, project));
        var outcome = await agent.RunAsync(new StepContext<SourcingState>("t1/p1", Step(PlanActions.Search, ("count", count.ToString(System.Globalization.CultureInfo.InvariantCulture))), state, project));
        return (project, outcome);
    }

    private static StepCommand Step(string action, params (string Name, string Value)[] inputs) =>
        new(Guid.NewGuid().ToString("N"), "t1/r1", "p1", action, inputs.ToDictionary(i => i.Name, i => i.Value), RequestSlots.Empty);

    private static string[] Ids(StepOutcome outcome) => outcome.Outputs["candidates"].Split(',', StringSplitOptions.RemoveEmptyEntries);

    private bool Has(string id, string skill) => pool.Profiles[id].Skills.Select(pool.Harness.Taxonomy.CanonicalSkill).Contains(skill);

    private string? EmployerNow(string id) => pool.Profiles[id].Experiences.FirstOrDefault(e => e.End is null)?.Company;

    [Fact]
    public async Task ARememberedLikingRanksUpCandidatesWithTheSkillAndEachSaysWhy()
    {
        var (_, without) = await SearchAsync(new FakeRecruiterMemories());
        var (project, with) = await SearchAsync(new FakeRecruiterMemories().Add("For backend roles I like people who know Kafka"));

        var before = Ids(without).Count(id => Has(id, "kafka"));
        var after = Ids(with).Where(id => Has(id, "kafka")).ToList();
        Assert.True(after.Count > before, $"{after.Count} with Kafka after the memory, {before} before");
        Assert.All(after, id => Assert.Contains("has kafka, as you told me on 2 Dec (ranked up)", project.Pipeline.Single(e => e.CandidateId == id).Why, StringComparison.Ordinal));
        Assert.Contains("I kept in mind what you told me on 2 Dec: \"For backend roles I like people who know Kafka\".", with.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("kept in mind", without.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARememberedCompanyToAvoidLeavesOutItsCurrentEmployeesAndSaysHowMany()
    {
        var (_, without) = await SearchAsync(new FakeRecruiterMemories(), count: 40);
        var company = Ids(without).Select(EmployerNow).OfType<string>().GroupBy(c => c).OrderByDescending(g => g.Count()).First().Key;

        var (_, with) = await SearchAsync(new FakeRecruiterMemories().Add($"Never source from {company}, they're our client"), count: 40);

        Assert.DoesNotContain(Ids(with), id => EmployerNow(id) == company);
        // The name as the recruiter wrote it, less the full stop a sentence may end it with.
        Assert.Matches($@"\d+ working at {System.Text.RegularExpressions.Regex.Escape(company.TrimEnd('.'))}, which you told me to avoid", with.Summary);
    }

    [Fact]
    public async Task AMemoryAboutAnotherRoleChangesNothing()
    {
        var (_, without) = await SearchAsync(new FakeRecruiterMemories());
        var (_, other) = await SearchAsync(new FakeRecruiterMemories().Add("For data roles I like people who know Kafka").Add("Our Munich HM loves Kafka"));

        Assert.Equal(Ids(without), Ids(other));
        Assert.DoesNotContain("kept in mind", other.Summary, StringComparison.Ordinal);
    }
}
