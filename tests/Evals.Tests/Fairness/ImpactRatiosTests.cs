using Hiring.Evals.Suites.Fairness;
using Hiring.Talent.Store;

namespace Hiring.Evals.Tests.Fairness;

public sealed class ImpactRatiosTests
{
    [Fact]
    public void EachCategorysRateIsDividedByTheMostSelectedCategorysRate()
    {
        var ratios = new ImpactRatios();
        Add(ratios, "female", considered: 100, selected: 40);
        Add(ratios, "male", considered: 100, selected: 50);

        var gender = ratios.Ratios()["gender"];

        Assert.Equal(0.8, gender["female"], 3);
        Assert.Equal(1.0, gender["male"], 3);
        Assert.Contains("female 0.80 (40/100)", ratios.Describe("gender"), StringComparison.Ordinal);
    }

    [Fact]
    public void ACategoryUnderTwoPercentOfThoseConsideredIsLeftOutAsTheLawAllows()
    {
        var ratios = new ImpactRatios();
        Add(ratios, "female", considered: 100, selected: 50);
        Add(ratios, "male", considered: 100, selected: 50);
        Add(ratios, "non-binary", considered: 3, selected: 0);

        Assert.False(ratios.Ratios()["gender"].ContainsKey("non-binary"));
        Assert.Contains("non-binary – (0/3)", ratios.Describe("gender"), StringComparison.Ordinal);
    }

    [Fact]
    public void APersonCountsUnderEachOfTheirAttributesAndSomeoneWithoutThemNowhere()
    {
        var ratios = new ImpactRatios();
        ratios.Add(new ProtectedAttributes("female", "25-34", "polish"), selected: true);
        ratios.Add(null, selected: true);

        var all = ratios.Ratios();
        Assert.Equal(1.0, all["gender"]["female"]);
        Assert.Equal(1.0, all["age_band"]["25-34"]);
        Assert.Equal(1.0, all["name_group"]["polish"]);
        Assert.Single(all["gender"]);
    }

    private static void Add(ImpactRatios ratios, string gender, int considered, int selected)
    {
        for (var i = 0; i < considered; i++)
        {
            ratios.Add("gender", gender, i < selected);
        }
    }
}
