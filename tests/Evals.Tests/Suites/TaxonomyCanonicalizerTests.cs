using Hiring.Evals.Suites.Spec;
using Hiring.Talent.Search;

namespace Hiring.Evals.Tests.Suites;

public sealed class TaxonomyCanonicalizerTests
{
    [Fact]
    public void SkillsThatDifferOnlyByTheirSignsStayApart()
    {
        var canonical = new TaxonomyCanonicalizer(TalentTaxonomy.Empty);

        Assert.NotEqual(canonical.Skill("C++"), canonical.Skill("C#"));
        Assert.NotEqual(canonical.Skill("f#"), canonical.Skill("F"));
        Assert.Equal(canonical.Skill("C++"), canonical.Skill("c++ "));
        Assert.Equal(canonical.Skill("Node.js"), canonical.Skill("node js"));
    }
}
