using Bogus;
using Hiring.Reasoning.Understanding.Text;
using Hiring.Contracts.Talent;
using Hiring.Talent.Store;
using BogusGender = Bogus.DataSets.Name.Gender;

namespace Hiring.Talent.Synthetic;

/// <summary>
/// Generates a realistic synthetic public pool, one person at a time (a million people never sit
/// in memory together). Every choice comes from one seeded random stream, so the same options
/// give the same pool, byte for byte.
/// </summary>
public sealed class SyntheticPoolGenerator
{
    private static readonly int[] FamilyWeights = [25, 10, 6, 7, 10, 8, 9, 6, 9, 10];
    private static readonly string[] Degrees = ["BSc", "BA", "BSc", "BA", "MSc", "MA", "MBA", "PhD"];

    /// <summary>How many employers (besides hospitals and clinics) the world of a pool has.</summary>
    public int Companies { get; init; } = 320;

    public IEnumerable<SyntheticPerson> Generate(SyntheticPoolOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(options.Profiles);
        var asOf = MonthSpan.MonthOf(options.AsOf);
        var random = new Randomizer(options.Seed);
        var world = new CompanyWorld(random, asOf, Companies);
        var families = new WeightedPicker<int>(Enumerable.Range(0, RoleFamilies.All.Count), i => FamilyWeights[i]);
        var fakers = NameGroup.All.Select(g => new Faker(g.Locale) { Random = random }).ToArray();
        var careers = new CareerBuilder(random, world, asOf);
        for (var i = 0; i < options.Profiles; i++)
        {
            yield return Person(random, careers, fakers, RoleFamilies.All[families.Pick(random)], $"syn-{options.Seed}-{i:D7}", asOf);
        }
    }

    private static SyntheticPerson Person(Randomizer random, CareerBuilder careers, Faker[] fakers, RoleFamily family, string id, DateOnly asOf)
    {
        var primary = random.One(family.Clusters);
        var others = family.Clusters.Where(c => c != primary).ToList();
        var secondary = random.Bool(0.3f) ? random.One(others) : null;
        var careerMonths = 3 + (int)(Math.Pow(random.Double(), 1.4) * 300);
        var roles = careers.Build(family, primary, secondary, careerMonths, managementTrack: random.Bool(0.35f));

        var genderRoll = random.Double();
        var gender = genderRoll < 0.48 ? "female" : genderRoll < 0.96 ? "male" : "non-binary";
        var group = random.Int(0, fakers.Length - 1);
        var faker = fakers[group];
        var bogusGender = gender switch { "female" => BogusGender.Female, "male" => BogusGender.Male, _ => random.Bool() ? BogusGender.Female : BogusGender.Male };
        var first = faker.Name.FirstName(bogusGender);
        var last = faker.Name.LastName();
        var age = 21 + random.Int(0, 5) + (careerMonths / 12);

        var skills = SkillTotals(roles, asOf);
        var claimed = random.Bool(0.2f) ? random.One(others.Count > 0 ? others[0].Core : family.CommonSkills) : null;
        if (claimed is not null && !skills.ContainsKey(claimed))
        {
            skills[claimed] = 0;
        }

        var ranked = skills.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).ToList();
        var newestFirst = Enumerable.Reverse(roles).ToList();
        var latest = newestFirst[0];
        var current = latest.End is null ? latest : null;
        var careerStart = roles[0].Start;
        var asOfInstant = new DateTimeOffset(asOf.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var profile = new CandidateProfile(
            id,
            $"{first} {last}",
            current is not null ? $"{current.Title} at {current.Company.Name}" : $"{latest.Title}, open to new roles",
            random.One(CityCatalog.All),
            [.. newestFirst.Select(r => new Experience(r.Company.Name, r.Title, r.Start, r.End, RoleDescriptions.Describe(random, family, r.Skills)))],
            EducationFor(random, family, careerStart.Year),
            [.. ranked.Select(s => s.Key)],
            current is null ? random.Bool(0.85f) : random.Bool(0.12f),
            asOfInstant.AddDays(-(int)(Math.Pow(random.Double(), 2) * 400)),
            ProfileSource.Public(ProfileOrigin.Synthetic),
            asOfInstant,
            $"{latest.Title} with {careerMonths / 12} years of experience in {WordList.Join(ranked.Take(3).Select(s => s.Key))}.",
            $"{TextFolding.AsciiHandle(first)}.{TextFolding.AsciiHandle(last)}.{id[4..]}@example.com");
        var truth = new GroundTruthRecord(
            id,
            family.Name,
            primary.Specialty,
            latest.Seniority,
            [.. newestFirst.Select(r => r.Title)],
            [.. ranked.Select(s => new SkillTruth(s.Key, s.Value, Math.Round(s.Value / 12.0, 1)))],
            MonthSpan.Inclusive(careerStart, latest.End ?? asOf));
        var attributes = new ProtectedAttributes(gender, AgeBand(age), NameGroup.All[group].Label);
        return new SyntheticPerson(profile, attributes, truth, roles);
    }

    /// <summary>Months of real use per skill: the sum of the months of every role that used it.</summary>
    private static Dictionary<string, int> SkillTotals(IEnumerable<SyntheticRole> roles, DateOnly asOf)
    {
        var totals = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var role in roles)
        {
            var months = MonthSpan.Inclusive(role.Start, role.End ?? asOf);
            foreach (var skill in role.Skills)
            {
                totals[skill] = totals.GetValueOrDefault(skill) + months;
            }
        }

        return totals;
    }

    private static Education[] EducationFor(Randomizer random, RoleFamily family, int careerStartYear)
    {
        var field = random.One(family.Fields);
        var degree = random.ArrayElement(Degrees);
        var graduated = careerStartYear - random.Int(0, 1);
        var length = degree is "BSc" or "BA" ? random.Int(3, 4) : degree == "PhD" ? random.Int(4, 5) : 2;
        var latest = new Education(random.One(SchoolCatalog.All), degree, field, graduated - length, graduated);
        if (degree is "BSc" or "BA")
        {
            return [latest];
        }

        // A master's or doctorate follows a bachelor's, often elsewhere.
        var bachelor = new Education(random.One(SchoolCatalog.All), degree == "MA" ? "BA" : "BSc", field, graduated - length - 3, graduated - length);
        return [latest, bachelor];
    }

    private static string AgeBand(int age) => age switch
    {
        < 25 => "18-24",
        < 35 => "25-34",
        < 45 => "35-44",
        < 55 => "45-54",
        _ => "55+",
    };
}
