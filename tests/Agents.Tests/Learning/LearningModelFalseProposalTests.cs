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
            Func<HashSet<string>, bool> decide = i % 2 == 0
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
        var random = new Random(20261206);
        const int Recruiters = 300;
        var recovered = 0;
        for (var i = 0; i < Recruiters; i++)
        {
            var world = World.Draw(random) with { Budget = 40 };
            world.Prevalence[0] = 0.5;
            var proposals = Run(world, skills => skills.Contains("skill0") != random.NextDouble() < 0.1, random);
            recovered += proposals.Any(p => p is { Change: LearningChange.AddNiceToHave, Subject: "skill0" }) ? 1 : 0;
        }

        output.WriteLine($"{recovered} of {Recruiters} recruiters who go by a skill got it proposed");
        Assert.True(recovered >= Recruiters * 9 / 10, $"{recovered} of {Recruiters} recruiters who go by a skill got it proposed");
    }

    /// <summary>One project: people drawn one at a time, a decision each, and the model asked after every decision; every proposal offered.</summary>
    private static List<LearningProposal> Run(World world, Func<HashSet<string>, bool> decide, Random random)
    {
        var examples = new List<LearningExample>();
        var offered = new List<LearningProposal>();
        for (var n = 0; n < world.Budget; n++)
        {
            var skills = Enumerable.Range(0, world.Prevalence.Length).Where(s => random.NextDouble() < world.Prevalence[s]).Select(s => $"skill{s}").ToHashSet();
            examples.Add(new LearningExample($"c{n}", decide(skills), skills, new HashSet<string>(), new HashSet<string>(), new HashSet<string>()));
            offered.AddRange(Model.Propose(examples, [], offered.Select(p => p.Key).ToHashSet()));
        }

        return offered;
    }

    /// <summary>A role's people: 10 to 20 skills, each listed by 10% to 95% of them, and how many the recruiter decides on (30 to 60).</summary>
    private sealed record World(double[] Prevalence, int Budget)
    {
        public static World Draw(Random random) =>
            new([.. Enumerable.Range(0, random.Next(10, 21)).Select(_ => 0.1 + 0.85 * random.NextDouble())], 30 + 10 * random.Next(4));
    }
}
