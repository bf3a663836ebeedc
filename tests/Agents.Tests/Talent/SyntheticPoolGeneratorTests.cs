using System.Text.Json;
using Hiring.Talent.Synthetic;

namespace Hiring.Agents.Tests.Talent;

public sealed class SyntheticPoolGeneratorTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 1);

    private static List<SyntheticPerson> Pool(int profiles, int seed = 7) =>
        [.. new SyntheticPoolGenerator().Generate(new SyntheticPoolOptions(profiles, seed, AsOf))];

    private static string Serialized(IEnumerable<SyntheticPerson> people) =>
        string.Join("\n", people.Select(p => JsonSerializer.Serialize(p.Profile) + GroundTruthFile.Serialize(p.Truth) + JsonSerializer.Serialize(p.Protected)));

    [Fact]
    public void TheSameSeedGivesTheSamePoolByteForByte()
    {
        Assert.Equal(Serialized(Pool(300)), Serialized(Pool(300)));
    }

    [Fact]
    public void ADifferentSeedGivesADifferentPool()
    {
        var seven = Pool(100, seed: 7);
        var eight = Pool(100, seed: 8);

        Assert.NotEqual(Serialized(seven), Serialized(eight));
        Assert.True(seven.Zip(eight).Count(p => p.First.Profile.Name == p.Second.Profile.Name) < 10);
    }

    [Fact]
    public void APoolCoversEveryRoleFamilyFortyCitiesAndTwoHundredCompanies()
    {
        var pool = Pool(4000);

        Assert.Equal(
            ["data", "design", "finance", "healthcare", "hr", "marketing", "operations", "product", "sales", "software"],
            pool.Select(p => p.Truth.Family).Distinct().Order(StringComparer.Ordinal));
        Assert.True(pool.Select(p => p.Profile.Location.City).Distinct().Count() >= 40);
        Assert.True(pool.SelectMany(p => p.Profile.Experiences).Select(e => e.Company).Distinct().Count() >= 200);
        Assert.True(pool.Select(p => p.Protected.NameGroup).Distinct().Count() >= 8);
        Assert.Contains(pool, p => p.Profile.OpenToWork);
        Assert.Contains(pool, p => !p.Profile.OpenToWork);
    }

    [Fact]
    public void CareersHaveOneToSixDatedRolesNewestFirstThatNeverOverlap()
    {
        foreach (var person in Pool(1500))
        {
            var roles = person.Profile.Experiences;
            Assert.InRange(roles.Count, 1, 6);
            Assert.All(roles.Skip(1), r => Assert.NotNull(r.End));
            for (var i = 0; i + 1 < roles.Count; i++)
            {
                Assert.True(roles[i + 1].End < roles[i].Start, $"{person.Profile.Id}: roles overlap");
            }

            Assert.All(roles, r => Assert.True(r.End is null || r.End >= r.Start));
            Assert.All(roles, r => Assert.True(r.Start <= AsOf));
        }
    }

    [Fact]
    public void TitlesClimbWithSeniorityAndNeverGoBackDown()
    {
        var pool = Pool(1500);

        Assert.All(pool, p => Assert.True(p.Roles.Zip(p.Roles.Skip(1)).All(pair => pair.First.Seniority <= pair.Second.Seniority)));
        Assert.Contains(pool, p => p.Truth.Titles.Any(t => t.StartsWith("Junior ", StringComparison.Ordinal)));
        Assert.Contains(pool, p => p.Truth.Titles.Any(t => t.StartsWith("Senior ", StringComparison.Ordinal)));
        Assert.Contains(pool, p => p.Truth.Titles.Contains("Director of Engineering"));
        Assert.Contains(pool, p => p.Roles.Zip(p.Roles.Skip(1)).Any(pair => pair.First.Company == pair.Second.Company && pair.First.Seniority < pair.Second.Seniority));
    }

    [Fact]
    public void SkillsThatBelongTogetherAppearTogether()
    {
        var pool = Pool(4000);
        double Share(Func<SyntheticPerson, bool> among, string skill)
        {
            var group = pool.Where(among).ToList();
            return group.Count(p => p.Profile.Skills.Contains(skill)) / (double)group.Count;
        }

        bool Software(SyntheticPerson p) => p.Truth.Family == "software";
        Assert.True(Share(p => p.Profile.Skills.Contains("Go"), "Docker") > 0.6);
        Assert.True(Share(p => p.Profile.Skills.Contains("Go"), "gRPC") > 2 * Share(p => Software(p) && !p.Profile.Skills.Contains("Go"), "gRPC"));
        Assert.True(Share(p => p.Profile.Skills.Contains("Go"), "Kubernetes") > 2 * Share(p => Software(p) && !p.Profile.Skills.Contains("Go"), "Kubernetes"));
        Assert.True(Share(p => p.Profile.Skills.Contains("React"), "TypeScript") > 0.6);
        Assert.DoesNotContain(pool, p => p.Truth.Family == "healthcare" && p.Profile.Skills.Contains("Go"));
    }

    [Fact]
    public void GroundTruthYearsAreTheMonthsOfTheDatedRolesWhoseDescriptionsNameTheSkill()
    {
        foreach (var person in Pool(1000))
        {
            foreach (var skill in person.Truth.Skills)
            {
                var months = person.Profile.Experiences
                    .Where(e => e.Description.Contains(skill.Skill, StringComparison.Ordinal))
                    .Sum(e => MonthSpan.Inclusive(e.Start, e.End ?? AsOf));
                var usedIn = person.Roles.Where(r => r.Skills.Contains(skill.Skill)).Sum(r => MonthSpan.Inclusive(r.Start, r.End ?? AsOf));
                Assert.Equal(usedIn, skill.Months);
                Assert.True(months >= skill.Months, $"{person.Profile.Id}: {skill.Skill} is not named in every role that used it");
                Assert.Equal(Math.Round(skill.Months / 12.0, 1), skill.Years);
            }

            Assert.Equal(person.Profile.Skills.Order(StringComparer.Ordinal), person.Truth.Skills.Select(s => s.Skill).Order(StringComparer.Ordinal));
            Assert.Equal(person.Profile.Experiences.Select(e => e.Title), person.Truth.Titles);
        }
    }

    [Fact]
    public void ALayoffCompanyLosesManyPeopleInItsWaveMonth()
    {
        var pool = Pool(5000);
        var departures = pool.SelectMany(p => p.Roles)
            .Where(r => r.Company.Trend == CompanyTrend.Layoffs && r.End is not null)
            .GroupBy(r => r.Company.Name)
            .OrderByDescending(g => g.Count())
            .First();
        var wave = departures.First().Company.LayoffMonth!.Value;
        var byMonth = departures.GroupBy(r => r.End!.Value).ToDictionary(g => g.Key, g => g.Count());
        var otherMonths = byMonth.Where(m => m.Key != wave).Select(m => m.Value).DefaultIfEmpty(0);

        Assert.True(byMonth.GetValueOrDefault(wave) >= 5, $"{departures.Key}: {byMonth.GetValueOrDefault(wave)} departures in {wave}");
        Assert.True(byMonth.GetValueOrDefault(wave) > 3 * otherMonths.Max());
    }

    [Fact]
    public void FastGrowingCompaniesHireMoreThanOthersInTheLastYear()
    {
        var roles = Pool(5000).SelectMany(p => p.Roles).ToList();
        var hiredLastYear = roles.Where(r => r.Start > AsOf.AddMonths(-12)).ToList();
        double PerCompany(IEnumerable<SyntheticRole> rs, CompanyTrend trend) =>
            rs.Count(r => r.Company.Trend == trend) / (double)Math.Max(1, rs.Where(r => r.Company.Trend == trend).Select(r => r.Company.Name).Distinct().Count());

        Assert.True(PerCompany(hiredLastYear, CompanyTrend.FastGrowing) > 2 * PerCompany(hiredLastYear, CompanyTrend.Steady));
    }

    [Fact]
    public void ProtectedAttributesAreNeverPartOfTheProfile()
    {
        var pool = Pool(300);
        var properties = typeof(Hiring.Contracts.Talent.CandidateProfile).GetProperties().Select(p => p.Name.ToLowerInvariant()).ToList();

        Assert.DoesNotContain("gender", properties);
        Assert.DoesNotContain("ageband", properties);
        Assert.DoesNotContain("namegroup", properties);
        Assert.All(pool, p => Assert.DoesNotContain(p.Protected.NameGroup, JsonSerializer.Serialize(p.Profile), StringComparison.OrdinalIgnoreCase));
        Assert.Equal(["female", "male", "non-binary"], pool.Select(p => p.Protected.Gender).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void DescriptionsAndHeadlinesReadLikeARealProfile()
    {
        var person = Pool(50).First(p => p.Profile.Experiences[0].End is null);

        Assert.Equal($"{person.Profile.Experiences[0].Title} at {person.Profile.Experiences[0].Company}", person.Profile.Headline);
        Assert.All(person.Profile.Experiences, e => Assert.EndsWith(".", e.Description, StringComparison.Ordinal));
        Assert.EndsWith("@example.com", person.Profile.Email, StringComparison.Ordinal);
        Assert.NotEmpty(person.Profile.Education);
    }
}
