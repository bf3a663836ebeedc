using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Talent;
using Hiring.Evals.Cases;
using Hiring.Evals.Core;
using Hiring.Evals.Pool;
using Hiring.Talent;
using Hiring.Talent.Synthetic;

namespace Hiring.Evals.Suites.Evaluation;

/// <summary>
/// Evaluation cases drawn from the eval pool with verdicts from the generator's ground truth: a
/// skill the person used (met), one with years asked at or below the years they used it (met) or
/// above (partial), a skill of another family they never had (not-met), and where they live (met).
/// A candidate belongs to the dev or the blind split by a stable hash of its id, so the split never
/// moves and the rules are never tuned on the blind half.
/// </summary>
public static class GeneratedCases
{
    public const string CandidateProperty = "candidate";
    public const string Prefix = "pool-";
    public const int PerSplit = 40;

    /// <summary>The split of a candidate: the first byte of SHA-256 of its id, even for dev.</summary>
    public static EvalSplit SplitOf(string candidateId) =>
        SHA256.HashData(Encoding.UTF8.GetBytes(candidateId))[0] % 2 == 0 ? EvalSplit.Dev : EvalSplit.Blind;

    /// <summary>The generated cases of a split, as case objects the suite runs like the hand-written ones.</summary>
    public static IReadOnlyList<EvalCase> For(EvalPool pool, EvalSplit split, int count = PerSplit) =>
    [
        .. pool.GroundTruth
            .Where(t => SplitOf(t.Id) == split && t.Skills.Count(s => s.Months >= 12) >= 2)
            .Take(count)
            .Select(t => new EvalCase(Prefix + t.Id, split, JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["id"] = Prefix + t.Id, [CandidateProperty] = t.Id }), "generated from the eval pool", 0)),
    ];

    /// <summary>The requirements of a generated case, from the person's ground truth and profile.</summary>
    public static EvaluationCase Build(GroundTruthRecord truth, CandidateProfile profile)
    {
        var used = truth.Skills.Where(s => s.Months >= 12 && profile.Skills.Contains(s.Skill, StringComparer.OrdinalIgnoreCase)).ToList();
        var requirements = new List<(string, QualificationKind, string)> { (used[0].Skill, QualificationKind.MustHave, "met") };
        var timed = used[1];
        var years = timed.Months / 12;
        requirements.Add(Even(truth.Id)
            ? (string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, years)}+ years of {timed.Skill}"), QualificationKind.MustHave, "met")
            : (string.Create(CultureInfo.InvariantCulture, $"{years + 2}+ years of {timed.Skill}"), QualificationKind.MustHave, "partial"));
        if (Foreign(truth, profile) is { } never)
        {
            requirements.Add((never, QualificationKind.NiceToHave, "not-met"));
        }

        if (profile.Location.City.Length > 0)
        {
            requirements.Add(($"Based in {profile.Location.City}", QualificationKind.MustHave, "met"));
        }

        return new EvaluationCase(profile, requirements);
    }

    /// <summary>A core skill of another family that the person neither lists nor used.</summary>
    private static string? Foreign(GroundTruthRecord truth, CandidateProfile profile)
    {
        var own = profile.Skills.Concat(truth.Skills.Select(s => s.Skill)).Select(TextFolding.Fold).ToHashSet(StringComparer.Ordinal);
        var text = TextFolding.Fold($"{profile.Headline} {profile.Summary} {string.Join(' ', profile.Experiences.Select(e => $"{e.Title} {e.Description}"))}");
        var foreign = RoleFamilies.All
            .Where(f => f.Name != truth.Family)
            .SelectMany(f => f.Clusters.SelectMany(c => c.Core))
            .Distinct(StringComparer.Ordinal)
            .Where(s => !own.Contains(TextFolding.Fold(s)) && !$" {text} ".Contains($" {TextFolding.Fold(s)} ", StringComparison.Ordinal))
            .ToList();
        return foreign.Count == 0 ? null : foreign[SHA256.HashData(Encoding.UTF8.GetBytes(truth.Id))[2] % foreign.Count];
    }

    private static bool Even(string id) => SHA256.HashData(Encoding.UTF8.GetBytes(id))[1] % 2 == 0;
}
