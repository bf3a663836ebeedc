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
    public void ARememberedLikingPutsACandidateWithTheSkillAboveOneWithoutWhoRankedJustAbove()
    {
        var withKafka = pool.Profiles.Values.First(p => Has(p.Id, "kafka"));
        var without = pool.Profiles.Values.First(p => !Has(p.Id, "kafka"));
        RankedSourcingCandidate Ranked(string id, double score) => new(new FoundCandidate(id, "public", "Backend Engineer", "Acme", false, score, ["boolean"], [], "q"), score, "found by boolean");
        IReadOnlyList<RankedSourcingCandidate> ranked = [Ranked(without.Id, 1.0), Ranked(withKafka.Id, 0.9)];
        var profiles = new Dictionary<string, Contracts.Talent.CandidateProfile> { [withKafka.Id] = withKafka, [without.Id] = without };
        var ranker = new PreferenceRanker(pool.Harness.Taxonomy, pool.Harness.Vectors, pool.Options);
        var remembered = pool.RoleMemories(new FakeRecruiterMemories()).Follow(new FakeRecruiterMemories().Add("For backend roles I like people who know Kafka").Memories, Specs.Backend(seniority: "", remote: RemotePolicy.Remote));

        var plain = ranker.Rank(ranked, profiles, SourcingPreferences.None, null);
        var liked = ranker.Rank(ranked, profiles, SourcingPreferences.None, null, remembered);

        Assert.Equal([without.Id, withKafka.Id], plain.Select(r => r.Candidate.Id));
        Assert.Equal([withKafka.Id, without.Id], liked.Select(r => r.Candidate.Id));
        Assert.EndsWith("has kafka, as you told me on 2 Dec (ranked up)", liked[0].Why, StringComparison.Ordinal);
        Assert.Equal("found by boolean", liked[1].Why);
    }

    [Fact]
    public async Task ASearchThatFollowsALikingNamesItInTheWhyOfEachCandidateWithTheSkillAndSaysSo()
    {
        var (project, with) = await SearchAsync(new FakeRecruiterMemories().Add("For backend roles I like people who know Kafka"));

        Assert.Contains(Ids(with), id => Has(id, "kafka"));
        Assert.All(Ids(with), id => Assert.Equal(Has(id, "kafka"), project.Pipeline.Single(e => e.CandidateId == id).Why!.Contains("has kafka, as you told me on 2 Dec (ranked up)", StringComparison.Ordinal)));
        Assert.Contains("I kept in mind what you told me on 2 Dec: \"For backend roles I like people who know Kafka\".", with.Summary, StringComparison.Ordinal);
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
    public async Task ACalibrationBatchLeavesOutACompanyToAvoidAndSaysOnlyTheMemoriesItFollowed()
    {
        var (_, without) = await CalibrateAsync(new FakeRecruiterMemories());
        var company = without.CalibrationIds.Select(EmployerNow).OfType<string>().GroupBy(c => c).OrderByDescending(g => g.Count()).First().Key;

        var (outcome, with) = await CalibrateAsync(new FakeRecruiterMemories().Add("For backend roles I like people who know Kafka").Add($"Don't poach from {company}"));

        Assert.DoesNotContain(with.CalibrationIds, id => EmployerNow(id) == company);
        Assert.Contains($"I kept in mind what you told me on 2 Dec: \"Don't poach from {company}\".", outcome.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Kafka", outcome.Summary, StringComparison.Ordinal);
    }

    private async Task<(StepOutcome Outcome, SourcingState State)> CalibrateAsync(FakeRecruiterMemories memories)
    {
        var state = new SourcingState();
        var outcome = await pool.Agent(memories: memories).RunAsync(new StepContext<SourcingState>("t1/p1", Step(PlanActions.Calibrate), state, Project()));
        return (outcome, state);
    }

    [Fact]
    public async Task AMemoryAboutAnotherRoleChangesNothing()
    {
        var (project, other) = await SearchAsync(new FakeRecruiterMemories().Add("For data roles I like people who know Kafka").Add("Our Munich HM loves Kafka"));

        Assert.Contains(Ids(other), id => Has(id, "kafka"));
        Assert.DoesNotContain(project.Pipeline, e => e.Why?.Contains("as you told me", StringComparison.Ordinal) == true);
        Assert.DoesNotContain("kept in mind", other.Summary, StringComparison.Ordinal);
    }
}
