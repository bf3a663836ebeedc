using Hiring.Contracts.Talent;
using Hiring.Reasoning.Understanding.Places;
using Hiring.Talent;
using Hiring.Talent.Synthetic;

namespace Hiring.Evals.Suites.Sourcing;

/// <summary>
/// Who is relevant to a sourcing case, from the generator's ground truth alone (CASES.md): the
/// specialty is the title; the current seniority is the one asked (any individual-contributor level
/// when none is); they live in one of the places (or in the remote scope, or anywhere when remote has
/// none); they truly used every must-have skill, for at least the years asked when given. Places are
/// read by name and code, metros and zones by the gazetteer's members (data, not the product's matcher).
/// </summary>
public sealed class PoolRelevance(Gazetteer gazetteer)
{
    private static readonly Seniority[] Contributors = [Seniority.Junior, Seniority.Mid, Seniority.Senior, Seniority.Staff];

    public bool IsRelevant(SourcingCase spec, GroundTruthRecord truth, Location location) =>
        TitleHolds(spec, truth) && LevelHolds(spec, truth) && PlaceHolds(spec, location) && SkillsHold(spec, truth);

    /// <summary>
    /// Clearly not what was asked: another specialty, living outside the places, or a must-have never
    /// used. A level or years short is a near miss (not relevant, but not this).
    /// </summary>
    public bool IsClearMiss(SourcingCase spec, GroundTruthRecord truth, Location location) =>
        !TitleHolds(spec, truth) || !PlaceHolds(spec, location) || !spec.Must.All(skill => truth.Skills.Any(s => s.Months > 0 && string.Equals(s.Skill, skill, StringComparison.OrdinalIgnoreCase)));

    public static bool TitleHolds(SourcingCase spec, GroundTruthRecord truth) =>
        spec.Titles.Any(t => string.Equals(t.Trim(), truth.Specialty, StringComparison.OrdinalIgnoreCase));

    public static bool LevelHolds(SourcingCase spec, GroundTruthRecord truth) => spec.Seniority?.ToLowerInvariant() switch
    {
        null or "" => Contributors.Contains(truth.Seniority),
        "intern" or "junior" => truth.Seniority == Seniority.Junior,
        "mid" => truth.Seniority == Seniority.Mid,
        "senior" => truth.Seniority == Seniority.Senior,
        "staff" or "lead" or "principal" => truth.Seniority == Seniority.Staff,
        _ => false,
    };

    public bool PlaceHolds(SourcingCase spec, Location location)
    {
        var remote = string.Equals(spec.Remote, "remote", StringComparison.OrdinalIgnoreCase);
        var scoped = remote && spec.RemoteWithin.Count > 0;
        if ((remote && !scoped) || (spec.Locations.Count == 0 && !scoped))
        {
            // Remote anywhere, or no place named: wherever they live.
            return true;
        }

        return spec.Locations.Any(p => InPlace(p, location)) || (remote && spec.RemoteWithin.Any(s => InScope(s, location)));
    }

    public static bool SkillsHold(SourcingCase spec, GroundTruthRecord truth) =>
        spec.Must.All(skill => truth.Skills.FirstOrDefault(s => string.Equals(s.Skill, skill, StringComparison.OrdinalIgnoreCase)) is { Months: > 0 } used
            && used.Months >= 12 * (spec.MinYears ?? 0));

    private bool InPlace(string written, Location location)
    {
        var parts = written.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 1 && parts[0].Length == 2 && parts[0].All(char.IsAsciiLetterUpper))
        {
            return string.Equals(parts[0], location.Country, StringComparison.OrdinalIgnoreCase);
        }

        var country = parts.Length > 1 ? parts[^1] : "";
        var name = parts.Length > 1 ? string.Join(", ", parts[..^1]) : written;
        if (country.Length > 0 && !string.Equals(country, location.Country, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (gazetteer.FindMetro(name) is { } metro)
        {
            return metro.Cities.Any(c => TextFolding.Fold(c.Name) == TextFolding.Fold(location.City));
        }

        return TextFolding.Fold(name) == TextFolding.Fold(location.City);
    }

    private bool InScope(string scope, Location location) =>
        string.Equals(scope, location.Country, StringComparison.OrdinalIgnoreCase)
        || (gazetteer.FindZone(scope) is { } zone && zone.Contains(location.Country));
}
