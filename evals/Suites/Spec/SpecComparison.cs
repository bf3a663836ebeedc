using System.Globalization;
using Hiring.Evals.Judges;
using Hiring.Talent;

namespace Hiring.Evals.Suites.Spec;

/// <summary>
/// Compares a spec with a case's intake keys through the deterministic judges: exact fields (title
/// through the canonicalizer, seniority, remote, minYears, skillYears) and sets (places by city and
/// country, remoteWithin, must and nice as canonical subjects). In <see cref="SetMode.Contains"/> the
/// must / nice lists only need to be contained (the dialogue's "final").
/// </summary>
public sealed class SpecComparison(ICanonicalizer canonical)
{
    private readonly ExactFieldsJudge _fields = new();
    private readonly SetComparisonJudge _sets = new();

    public IReadOnlyList<FieldResult> Compare(SpecExpectation expected, SpecActual actual, SetMode requirements = SetMode.Equal)
    {
        var fields = new List<FieldCheck>();
        var sets = new List<SetCheck>();
        if (expected.Has("title"))
        {
            fields.Add(new FieldCheck("title", expected.Titles, actual.Title, canonical.Title));
        }

        if (expected.Has("seniority"))
        {
            fields.Add(FieldCheck.Exact("seniority", expected.Seniority, actual.Seniority, Lower));
        }

        if (expected.Has("remote"))
        {
            fields.Add(FieldCheck.Exact("remote", expected.Remote, actual.RemoteText, v => Lower(v).Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal)));
        }

        if (expected.Has("minYears"))
        {
            fields.Add(FieldCheck.Exact("minYears", expected.MinYears?.ToString(CultureInfo.InvariantCulture), actual.MinYears?.ToString(CultureInfo.InvariantCulture)));
        }

        if (expected.Has("skillYears"))
        {
            var wanted = expected.SkillYears.ToDictionary(p => canonical.Skill(p.Key), p => p.Value, StringComparer.Ordinal);
            var given = actual.Must.Concat(actual.Nice)
                .Where(r => wanted.ContainsKey(canonical.Skill(r.Subject)))
                .GroupBy(r => canonical.Skill(r.Subject))
                .ToDictionary(g => g.Key, g => g.Max(r => r.Years) ?? 0, StringComparer.Ordinal);
            fields.Add(FieldCheck.Exact("skillYears", Show(wanted), Show(wanted.Keys.Where(given.ContainsKey).ToDictionary(k => k, k => (double)given[k]))));
        }

        if (expected.Has("locations"))
        {
            var places = actual.Places.Select((p, i) => i.ToString(CultureInfo.InvariantCulture)).ToList();
            sets.Add(new SetCheck("locations", expected.Locations, places, SetMode.Equal, (e, a) => PlaceText.Satisfies(PlaceText.Parse(e), actual.Places[int.Parse(a, CultureInfo.InvariantCulture)])));
        }

        if (expected.Has("remoteWithin"))
        {
            sets.Add(new SetCheck("remoteWithin", expected.RemoteWithin, actual.RemoteWithin, SetMode.Equal, (e, a) => TextFolding.Fold(e) == TextFolding.Fold(a)));
        }

        if (expected.Has("must"))
        {
            sets.Add(new SetCheck("must", expected.Must, [.. actual.Must.Select(r => r.Subject)], requirements, SameSkill));
        }

        if (expected.Has("nice"))
        {
            sets.Add(new SetCheck("nice", expected.Nice, [.. actual.Nice.Select(r => r.Subject)], requirements, SameSkill));
        }

        var results = new List<FieldResult>();
        var exact = _fields.Evaluate(new FieldsContext(fields));
        results.AddRange(fields.Select(f => new FieldResult(f.Field, JudgeScores.Holds(exact, ExactFieldsJudge.FieldPrefix + f.Field), string.Join(" | ", f.Accepted), f.Actual ?? "")));
        var compared = _sets.Evaluate(new SetsContext(sets));
        results.AddRange(sets.Select(s => new FieldResult(
            s.Field,
            JudgeScores.Holds(compared, SetComparisonJudge.Prefix + s.Field),
            $"[{string.Join(", ", s.Expected)}]",
            s.Field == "locations" ? $"[{string.Join(", ", actual.Places.Select(p => p.Country.Length > 0 ? $"{p.City}, {p.Country}" : p.City))}]" : $"[{string.Join(", ", s.Actual)}]")));
        return results;
    }

    private bool SameSkill(string expected, string actual) => canonical.Skill(expected) == canonical.Skill(actual);

    private static string Lower(string value) => value.Trim().ToLowerInvariant();

    private static string Show(IReadOnlyDictionary<string, double> years) =>
        string.Join(", ", years.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key}: {p.Value:0.#}")));
}
