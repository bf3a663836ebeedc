using Bogus;

namespace Hiring.Talent.Synthetic;

/// <summary>The few hundred employers of one synthetic pool, drawn from the pool's seed.</summary>
public sealed class CompanyWorld
{
    private static readonly string[] Prefixes =
    [
        "Blue", "North", "Bright", "Nova", "Apex", "Silver", "Red", "Green", "Quantum", "Solid", "Clear", "Swift", "Urban",
        "Iron", "Cloud", "Pixel", "Harbor", "Summit", "Orbit", "Atlas", "Vertex", "Lumen", "Cedar", "Maple", "Granite",
        "Polar", "Sunny", "Open", "Prime", "Echo",
    ];

    private static readonly string[] Suffixes =
    [
        "Labs", "Systems", "Analytics", "Logistics", "Capital", "Software", "Retail", "Media", "Energy", "Robotics",
        "Payments", "Mobility", "Foods", "Insurance", "Networks", "Studios", "Bank", "Commerce", "Security", "Travel",
    ];

    private static readonly string[] ClinicForms = ["General Hospital", "University Hospital", "Medical Center", "Health Clinic", "Care Group"];

    private readonly WeightedPicker<SyntheticCompany> _employers;
    private readonly WeightedPicker<SyntheticCompany> _clinics;

    public CompanyWorld(Randomizer random, DateOnly asOf, int companies = 320, int clinics = 40)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var employers = new List<SyntheticCompany>(companies);
        while (employers.Count < companies)
        {
            var name = $"{random.ArrayElement(Prefixes)}{random.ArrayElement(Suffixes).ToLowerInvariant()}";
            name = random.Bool(0.5f) ? $"{name} {random.ArrayElement(["GmbH", "Inc.", "Ltd", "AG", "BV", "SAS"])}" : name;
            if (names.Add(name))
            {
                employers.Add(Create(random, name, clinical: false, asOf));
            }
        }

        var hospitals = new List<SyntheticCompany>(clinics);
        while (hospitals.Count < clinics)
        {
            var name = $"{random.One(CityCatalog.All).City} {random.ArrayElement(ClinicForms)}";
            if (names.Add(name))
            {
                hospitals.Add(Create(random, name, clinical: true, asOf));
            }
        }

        Employers = employers;
        Clinics = hospitals;
        FastGrowing = [.. employers.Where(c => c.Trend == CompanyTrend.FastGrowing)];
        _employers = new WeightedPicker<SyntheticCompany>(employers, c => c.Weight);
        _clinics = new WeightedPicker<SyntheticCompany>(hospitals, c => c.Weight);
    }

    public IReadOnlyList<SyntheticCompany> Employers { get; }

    public IReadOnlyList<SyntheticCompany> Clinics { get; }

    public IReadOnlyList<SyntheticCompany> FastGrowing { get; }

    public IEnumerable<SyntheticCompany> All => Employers.Concat(Clinics);

    /// <summary>An employer for a role, weighted by size; fast growers take many of the recent hires.</summary>
    public SyntheticCompany Pick(Randomizer random, bool clinical, bool hiredRecently)
    {
        if (clinical)
        {
            return _clinics.Pick(random);
        }

        return hiredRecently && FastGrowing.Count > 0 && random.Bool(0.4f)
            ? FastGrowing[random.Int(0, FastGrowing.Count - 1)]
            : _employers.Pick(random);
    }

    private static SyntheticCompany Create(Randomizer random, string name, bool clinical, DateOnly asOf)
    {
        var roll = random.Double();
        var trend = roll < 0.10 ? CompanyTrend.FastGrowing : roll < 0.18 ? CompanyTrend.Layoffs : CompanyTrend.Steady;
        DateOnly? layoff = trend == CompanyTrend.Layoffs ? asOf.AddMonths(-random.Int(2, 22)) : null;
        // Layoff waves hit large employers, so their spike stands out from everyday churn.
        var weight = trend == CompanyTrend.Layoffs ? random.Int(6, 10) : random.Int(1, 6);
        return new SyntheticCompany(name, clinical, trend, layoff, weight);
    }
}
