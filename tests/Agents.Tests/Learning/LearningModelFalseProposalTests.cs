using Hiring.Agents.Learning;
using Hiring.Agents.Tests.Policy;
using Hiring.Agents.Tests.Reasoning.Support;
using Hiring.Contracts.Learning;
using Xunit.Abstractions;

namespace Hiring.Agents.Tests.Learning;

/// <summary>
/// The model as the agent runs it, after every decision, against simulated recruiters: how often a recruiter
/// whose decisions have nothing to do with the candidates' skills (at random, or by something learning never
/// sees) is offered anything, and how often one who goes by a skill gets it proposed. A statistical property
/// with a fixed seed, not a timing.
/// </summary>
public sealed class LearningModelFalseProposalTests(ITestOutputHelper output)
{
    /// <summary>
    /// The share of recruiters without a preference who may be offered anything. The learning eval asks for no
    /// proposal at all to its random and biased recruiters, so the model must stay well below its nominal 5%.
    /// </summary>
    private const double FalseProposalRate = 0.01;

    /// <summary>How many recruiters with a preference each recovery check simulates.</summary>
    private const int Preferring = 300;

    private static readonly LearningModel Model = new(LearningRules.Load(TestResources.Prompts), PolicyResources.Policy);

    [Fact]
    public void RecruitersWhoDecideByNothingTheModelSeesAreOfferedAProposalInAtMostOnePercentOfProjects()
    {
        var random = new Random(20261205);
        const int Recruiters = 1000;
        var offered = 0;
        for (var i = 0; i < Recruiters; i++)
        {
            var world = World.Draw(random);
            var share = random.Next(3) switch { 0 => 0.3, 1 => 0.5, _ => 0.7 };

            // Half decide by a coin, half by a trait learning never sees (a protected attribute): to the model both are chance.
            Func<Person, bool> decide = i % 2 == 0
                ? _ => random.NextDouble() < share
                : _ => (random.NextDouble() < 0.5) != (random.NextDouble() < 0.1);
            offered += Run(world, decide, random).Count > 0 ? 1 : 0;
        }

        output.WriteLine($"{offered} of {Recruiters} recruiters without a preference were offered a proposal");
        Assert.True(offered <= Recruiters * FalseProposalRate, $"{offered} of {Recruiters} recruiters without a preference were offered a proposal");
    }

    [Fact]
    public void ARecruiterWhoGoesByASkillHalfThePeopleListGetsItProposedWithinFortyDecisionsNearlyAlways()
    {
        var recovered = Recovered(new Random(20261206), 40, (0.5, 1.0), person => person.Listed, "list skill0");

        output.WriteLine($"{recovered} of {Preferring} recruiters who go by a skill got it proposed");
        Assert.True(recovered >= Preferring * 9 / 10, $"{recovered} of {Preferring} recruiters who go by a skill got it proposed");
    }

    [Fact]
    public void ARecruiterWhoGoesByUseOfASkillNotItsListingGetsItsUseProposedWithinFiftyDecisionsNearlyAlways()
    {
        // Most people list skill0 but only some of them show it in their work history: the listing blurs what the recruiter goes by.
        var recovered = Recovered(new Random(20261207), 50, (0.8, 0.6), person => person.Used, "used skill0 in a role");

        output.WriteLine($"{recovered} of {Preferring} recruiters who go by use of a skill got it proposed");
        Assert.True(recovered >= Preferring * 9 / 10, $"{recovered} of {Preferring} recruiters who go by use of a skill got it proposed");
    }

    /// <summary>
    /// How many of <see cref="Preferring"/> recruiters who go by skill0 (listed by a share of people, and shown in use by a share
    /// of those) in <paramref name="by"/>, with one decision in ten flipped, get it proposed with <paramref name="evidence"/>.
    /// </summary>
    private static int Recovered(Random random, int budget, (double Listed, double Used) skill0, Func<Person, HashSet<string>> by, string evidence)
    {
        var recovered = 0;
        for (var i = 0; i < Preferring; i++)
        {
            var world = World.Draw(random) with { Budget = budget };
            (world.Prevalence[0], world.UsedShare[0]) = skill0;
            var proposals = Run(world, person => by(person).Contains("skill0") != random.NextDouble() < 0.1, random);
            recovered += proposals.Any(p => p is { Change: LearningChange.AddNiceToHave, Subject: "skill0" } && p.Evidence.Contains(evidence, StringComparison.Ordinal)) ? 1 : 0;
        }

        return recovered;
    }

    /// <summary>One project: people drawn one at a time, a decision each, and the model asked after every decision; every proposal offered.</summary>
    private static List<LearningProposal> Run(World world, Func<Person, bool> decide, Random random)
    {
        var examples = new List<LearningExample>();
        var offered = new List<LearningProposal>();
        for (var n = 0; n < world.Budget; n++)
        {
            var listed = Enumerable.Range(0, world.Prevalence.Length).Where(s => random.NextDouble() < world.Prevalence[s]).ToList();
            var person = new Person(
                [.. listed.Select(s => $"skill{s}")],
                [.. listed.Where(s => random.NextDouble() < world.UsedShare[s]).Select(s => $"skill{s}")]);
            examples.Add(new LearningExample($"c{n}", decide(person), person.Listed, person.Used, new HashSet<string>(), new HashSet<string>(), new HashSet<string>()));
            offered.AddRange(Model.Propose(examples, [], offered.Select(p => p.Key).ToHashSet()));
        }

        return offered;
    }

    /// <summary>
    /// A role's people: 10 to 20 skills, each listed by 10% to 95% of them and shown in the work history of 70% to 100%
    /// of those who list it, and how many the recruiter decides on (30 to 60).
    /// </summary>
    private sealed record World(double[] Prevalence, double[] UsedShare, int Budget)
    {
        public static World Draw(Random random)
        {
            var skills = random.Next(10, 21);
            return new(
                [.. Enumerable.Range(0, skills).Select(_ => 0.1 + 0.85 * random.NextDouble())],
                [.. Enumerable.Range(0, skills).Select(_ => 0.7 + 0.3 * random.NextDouble())],
                30 + 10 * random.Next(4));
        }
    }

    /// <summary>One person: the skills they list and those of them their work history shows in use.</summary>
    private sealed record Person(HashSet<string> Listed, HashSet<string> Used);
}
