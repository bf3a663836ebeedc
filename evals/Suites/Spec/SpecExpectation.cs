using System.Text.Json;
using Hiring.Evals.Cases;

namespace Hiring.Evals.Suites.Spec;

/// <summary>
/// The intake keys of a case's expectation (intake's "expect", dialogue's "final.spec"). Only keys
/// present are checked; a key present with null ("seniority": null) expects nothing there.
/// </summary>
public sealed record SpecExpectation(JsonElement Json)
{
    public static readonly string[] Keys = ["title", "seniority", "locations", "remote", "remoteWithin", "minYears", "skillYears", "must", "nice"];

    public bool Has(string key) => CaseJson.Has(Json, key);

    public IReadOnlyList<string> Titles => CaseJson.Strings(Json, "title");

    public string? Seniority => CaseJson.Text(Json, "seniority");

    public IReadOnlyList<string> Locations => CaseJson.Strings(Json, "locations");

    public string? Remote => CaseJson.Text(Json, "remote");

    public IReadOnlyList<string> RemoteWithin => CaseJson.Strings(Json, "remoteWithin");

    public int? MinYears => CaseJson.Whole(Json, "minYears");

    public IReadOnlyList<string> Must => CaseJson.Strings(Json, "must");

    public IReadOnlyList<string> Nice => CaseJson.Strings(Json, "nice");

    /// <summary>Years per skill ("python": 4).</summary>
    public IReadOnlyDictionary<string, double> SkillYears =>
        CaseJson.Get(Json, "skillYears") is { ValueKind: JsonValueKind.Object } years
            ? years.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Number).ToDictionary(p => p.Name, p => p.Value.GetDouble(), StringComparer.Ordinal)
            : new Dictionary<string, double>();
}
