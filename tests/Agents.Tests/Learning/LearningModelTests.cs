using Hiring.Agents.Learning;
using Hiring.Agents.Tests.Evaluation.Support;
using Hiring.Agents.Tests.Policy;
using Hiring.Agents.Tests.Reasoning.Support;
using Hiring.Contracts.Learning;
using Hiring.Contracts.Projects;

namespace Hiring.Agents.Tests.Learning;

/// <summary>The counts model: proposes what the recruiter's decisions clearly show, with its evidence, and nothing from chance or too few decisions.</summary>
public sealed class LearningModelTests
{
    private static readonly LearningRules Rules = LearningRules.Load(TestResources.Prompts);
    private static readonly LearningModel Model = new(Rules, PolicyResources.Policy);
    private static readonly IReadOnlyList<Qualification> GoAndKubernetes = [Quals.Skill("q1", "go"), Quals.Skill("q2", "kubernetes")];

    [Fact]
    public void ASkillMostAcceptedCandidatesHaveAndFewPassedOnHaveIsProposedAsANiceToHaveWithItsCounts()
    {
        var examples = Examples(("terraform", true, 8), ("docker", true, 1), ("docker", false, 8), ("terraform", false, 1));

        var proposal = Assert.Single(Model.Propose(examples, GoAndKubernetes, new HashSet<string>()));

        Assert.Equal((LearningChange.AddNiceToHave, "terraform", "add-skill:terraform"), (proposal.Change, proposal.Subject, proposal.Key));
        Assert.Equal("Add terraform as a nice-to-have", proposal.Text);
        Assert.StartsWith("8 of the 9 candidates you moved forward or liked list terraform (a0-0, a0-1,", proposal.Evidence, StringComparison.Ordinal);
        Assert.Contains("; 1 of the 9 you passed on do.", proposal.Evidence, StringComparison.Ordinal);
        Assert.True(proposal.Weight > 2, $"weight {proposal.Weight}");
        Assert.Equal(8, proposal.Positives.Count);
    }

    [Fact]
    public void TooFewDecisionsProposeNothingHoweverClearThePatternLooks()
    {
        var examples = Examples(("terraform", true, 3), ("docker", false, 3));

        Assert.Empty(Model.Propose(examples, GoAndKubernetes, new HashSet<string>()));
    }

    [Fact]
    public void ASkillEveryoneHasTellsNothingAndASkillAlreadyAQualificationIsNotProposedAgain()
    {
        var examples = Examples(("go", true, 8), ("go", false, 8));

        Assert.Empty(Model.Propose(examples, GoAndKubernetes, new HashSet<string>()));
        var shared = Examples(("python", true, 8), ("rust", false, 8));
        Assert.DoesNotContain(Model.Propose(shared, [.. GoAndKubernetes, Quals.Skill("q3", "python", kind: QualificationKind.NiceToHave)], new HashSet<string>()), p => p.Subject == "python");
    }

    [Fact]
    public void AProposalOfferedBeforeIsNeverOfferedAgain()
    {
        var examples = Examples(("terraform", true, 8), ("docker", false, 8));
        var first = Model.Propose(examples, GoAndKubernetes, new HashSet<string>());

        var again = Model.Propose(examples, GoAndKubernetes, first.Select(p => p.Key).ToHashSet());

        Assert.Contains(first, p => p.Subject == "terraform");
        Assert.DoesNotContain(again, p => p.Subject == "terraform");
    }

    [Fact]
    public void AMustHaveManyAcceptedCandidatesLackBecomesANiceToHaveAndOneNoneMeetIsDropped()
    {
        var q1 = Quals.Skill("q1", "go");
        var q2 = Quals.Skill("q2", "kubernetes");
        var accepted = Enumerable.Range(0, 6).Select(i => Assessed($"a{i}", true, met: i == 0 ? ["q2"] : [], unmet: i == 0 ? ["q1"] : ["q1", "q2"])).ToList();

        var proposals = Model.Propose(accepted, [q1, q2], new HashSet<string>());

        Assert.Contains(proposals, p => p is { Change: LearningChange.Drop, Subject: "q1" });
        Assert.Contains(proposals, p => p is { Change: LearningChange.MakeNiceToHave, Subject: "q2" });
        Assert.StartsWith("Of the 6 candidates you moved forward or liked, 6 do not meet \"go\"", proposals.Single(p => p.Subject == "q1").Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void ANiceToHaveNearlyEveryAcceptedCandidateMeetsAndFewPassedOnDoIsProposedAsAMustHave()
    {
        var nice = Quals.Skill("q3", "terraform", kind: QualificationKind.NiceToHave);
        var examples = Enumerable.Range(0, 7).Select(i => Assessed($"a{i}", true, met: ["q3"], unmet: []))
            .Concat(Enumerable.Range(0, 7).Select(i => Assessed($"p{i}", false, met: i == 0 ? ["q3"] : [], unmet: i == 0 ? [] : ["q3"])))
            .ToList();

        var proposal = Assert.Single(Model.Propose(examples, [nice], new HashSet<string>()));

        Assert.Equal((LearningChange.MakeMustHave, "q3"), (proposal.Change, proposal.Subject));
        Assert.Equal("Make \"terraform\" a must-have (weight it higher)", proposal.Text);
    }

    [Fact]
    public void AHighlightOfTheSkillIsNamedInTheEvidence()
    {
        var examples = Examples(("terraform", true, 7), ("docker", false, 7))
            .Select((e, i) => i < 3 && e.Accepted ? e with { Highlighted = new HashSet<string> { "terraform" } } : e)
            .ToList();

        var proposal = Assert.Single(Model.Propose(examples, GoAndKubernetes, new HashSet<string>()), p => p.Subject == "terraform");

        Assert.EndsWith("You highlighted terraform on 3 of their profiles.", proposal.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void ASkillThatTellsTheAcceptedApartAmongThoseWhoListAnOfferedSkillIsStillProposed()
    {
        // "a/b testing" was offered (most candidates list it); the recruiter decides on "facebook ads",
        // so it tells accepted from passed on among those with a/b testing as well as those without.
        var examples = Listing("a", true, 12, "a/b testing", "facebook ads")
            .Concat(Listing("p", false, 8, "a/b testing"))
            .Concat(Listing("b", true, 2, "facebook ads"))
            .Concat(Listing("q", false, 2, "seo"))
            .ToList();

        var proposals = Model.Propose(examples, GoAndKubernetes, new HashSet<string> { "add-skill:a/b testing" });

        Assert.Contains(proposals, p => p is { Change: LearningChange.AddNiceToHave, Subject: "facebook ads" });
    }

    [Fact]
    public void SkillsTheCountsCannotTellApartAreOfferedTogetherAndOneThatOnlyEchoesAnOfferedSkillIsNot()
    {
        // Everyone with terraform also lists ansible and no one else does: the decisions cannot say which one the recruiter goes by.
        var examples = Listing("a", true, 10, "terraform", "ansible")
            .Concat(Listing("p", false, 2, "terraform", "ansible"))
            .Concat(Listing("q", false, 8, "docker"))
            .ToList();

        var both = Model.Propose(examples, GoAndKubernetes, new HashSet<string>());
        var after = Model.Propose(examples, GoAndKubernetes, new HashSet<string> { "add-skill:terraform" });

        Assert.Equal(["add-skill:ansible", "add-skill:terraform"], both.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(after, p => p.Subject == "ansible");
    }

    [Fact]
    public void ASkillTheAcceptedUsedInARoleIsProposedByItsUseWhenManyPassedOnOnlyListIt()
    {
        // Everyone accepted shows postgresql in their work history; most passed on list it without ever using it in a role.
        var examples = Listing("a", true, 10, "go", "postgresql")
            .Concat(Enumerable.Range(0, 6).Select(i => new LearningExample($"p{i}", false, new HashSet<string> { "go", "postgresql" }, new HashSet<string> { "go" }, new HashSet<string>(), new HashSet<string>(), new HashSet<string>())))
            .Concat(Listing("q", false, 4, "go"))
            .ToList();

        var proposal = Assert.Single(Model.Propose(examples, [Quals.Skill("q1", "go")], new HashSet<string>()));

        Assert.Equal((LearningChange.AddNiceToHave, "postgresql", "add-skill:postgresql"), (proposal.Change, proposal.Subject, proposal.Key));
        Assert.StartsWith("10 of the 10 candidates you moved forward or liked used postgresql in a role (a0,", proposal.Evidence, StringComparison.Ordinal);
        Assert.Contains("; 0 of the 10 you passed on did.", proposal.Evidence, StringComparison.Ordinal);
        Assert.Empty(Model.Propose([.. examples.Select(e => e with { Used = e.Skills })], [Quals.Skill("q1", "go")], new HashSet<string>()));
    }

    [Theory]
    [InlineData("native english speaker")]
    [InlineData("digital native")]
    public void ASignalThePolicyRefusesIsNeverProposedHoweverStrong(string proxy)
    {
        Assert.False(PolicyResources.Policy.Check(proxy).Allowed);
        var examples = Examples((proxy, true, 10), ("docker", false, 10));

        Assert.DoesNotContain(Model.Propose(examples, GoAndKubernetes, new HashSet<string>()), p => p.Subject == proxy);
    }

    /// <summary>Groups of candidates: each (skill, accepted, count) adds that many with the skill (and go, which everyone has), used at work.</summary>
    private static List<LearningExample> Examples(params (string Skill, bool Accepted, int Count)[] groups) =>
        [.. groups.SelectMany((g, gi) => Listing($"{(g.Accepted ? "a" : "p")}{gi}-", g.Accepted, g.Count, g.Skill, "go"))];

    /// <summary>Candidates who list <paramref name="skills"/> and show each in their work history.</summary>
    private static IEnumerable<LearningExample> Listing(string prefix, bool accepted, int count, params string[] skills) =>
        Enumerable.Range(0, count).Select(i => new LearningExample($"{prefix}{i}", accepted, skills.ToHashSet(), skills.ToHashSet(), new HashSet<string>(), new HashSet<string>(), new HashSet<string>()));

    private static LearningExample Assessed(string id, bool accepted, IEnumerable<string> met, IEnumerable<string> unmet) =>
        new(id, accepted, new HashSet<string>(), new HashSet<string>(), met.ToHashSet(), unmet.ToHashSet(), new HashSet<string>());
}
