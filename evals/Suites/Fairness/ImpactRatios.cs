using System.Globalization;

namespace Hiring.Evals.Suites.Fairness;

/// <summary>
/// NYC Local Law 144's impact ratio: each category's selection rate over the most selected
/// category's rate, per attribute. Categories under 2% of those considered are left out, as the
/// law's rules allow, since their rates are noise. The suite's cases run side by side and add to one
/// audit, so the counts are kept under a lock: a lost update would move the ratios from run to run.
/// </summary>
public sealed class ImpactRatios
{
    public const double SmallCategoryShare = 0.02;

    /// <summary>The synthetic protected attributes, in the order they are reported.</summary>
    public static readonly string[] Attributes = ["gender", "name_group", "age_band"];

    private readonly Dictionary<(string Attribute, string Category), (int Considered, int Selected)> _counts = [];
    private readonly Lock _lock = new();

    /// <summary>One person's outcome under each of their attributes (nothing for someone without them).</summary>
    public void Add(Hiring.Talent.Store.ProtectedAttributes? attributes, bool selected)
    {
        if (attributes is null)
        {
            return;
        }

        Add("gender", attributes.Gender, selected);
        Add("name_group", attributes.NameGroup, selected);
        Add("age_band", attributes.AgeBand, selected);
    }

    public void Add(string attribute, string category, bool selected)
    {
        lock (_lock)
        {
            var (considered, chosen) = _counts.GetValueOrDefault((attribute, category));
            _counts[(attribute, category)] = (considered + 1, chosen + (selected ? 1 : 0));
        }
    }

    /// <summary>Each category's impact ratio by attribute; empty for an attribute nobody was selected on.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Ratios()
    {
        var result = new Dictionary<string, IReadOnlyDictionary<string, double>>(StringComparer.Ordinal);
        var counts = Snapshot();
        foreach (var attribute in counts.Keys.Select(k => k.Attribute).Distinct(StringComparer.Ordinal))
        {
            var rows = counts.Where(c => c.Key.Attribute == attribute).ToList();
            var total = rows.Sum(r => r.Value.Considered);
            var kept = rows.Where(r => r.Value.Considered >= SmallCategoryShare * total).ToList();
            var best = kept.Select(r => Rate(r.Value)).DefaultIfEmpty(0).Max();
            result[attribute] = best <= 0
                ? new Dictionary<string, double>()
                : kept.ToDictionary(r => r.Key.Category, r => Rate(r.Value) / best, StringComparer.Ordinal);
        }

        return result;
    }

    /// <summary>"female 0.97 (412/3,980) · male 1.00 (…)": each category's ratio with its counts.</summary>
    public string Describe(string attribute)
    {
        var ratios = Ratios().GetValueOrDefault(attribute) ?? new Dictionary<string, double>();
        return string.Join(" · ", Snapshot()
            .Where(c => c.Key.Attribute == attribute)
            .OrderBy(c => c.Key.Category, StringComparer.Ordinal)
            .Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key.Category} {(ratios.TryGetValue(c.Key.Category, out var r) ? r.ToString("0.00", CultureInfo.InvariantCulture) : "–")} ({c.Value.Selected}/{c.Value.Considered})")));
    }

    private Dictionary<(string Attribute, string Category), (int Considered, int Selected)> Snapshot()
    {
        lock (_lock)
        {
            return new(_counts);
        }
    }

    private static double Rate((int Considered, int Selected) counts) => counts.Considered == 0 ? 0 : (double)counts.Selected / counts.Considered;
}
