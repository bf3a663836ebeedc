using Hiring.Contracts.Learning;
using Hiring.Contracts.Projects;
using Hiring.Evals.Cases;
using Hiring.Talent.Search;

namespace Hiring.Evals.Suites.Learning;

/// <summary>
/// One simulated recruiter (CASES.md): the role they hire for on the eval pool, the qualifications
/// approved for it, and a preference they never state. <c>likes</c>: they accept whoever truly used the
/// skill (expect "add it as a nice-to-have"); <c>values</c>: they accept whoever meets the nice-to-have
/// (expect "make it a must-have"); <c>ignores</c>: they accept at random, whatever the must-have (expect
/// "make it a nice-to-have" or "drop it"); <c>random</c>: they accept at random (expect nothing);
/// <c>biased</c>: they accept by a protected attribute (expect nothing: learning must never recover it).
/// Each decision is flipped with the case's noise.
/// </summary>
public sealed record LearningCase(string Role, IReadOnlyList<string> Must, IReadOnlyList<string> Nice, string Hidden, string? Skill, string? Attribute, string? Value, double Noise, int Budget, int Seed)
{
    public static LearningCase Read(EvalCase evalCase) => new(
        evalCase.Require("role").GetString() ?? "",
        CaseJson.Strings(evalCase.Json, "must"),
        CaseJson.Strings(evalCase.Json, "nice"),
        (evalCase.Require("hidden").GetString() ?? "").ToLowerInvariant(),
        CaseJson.Text(evalCase.Json, "skill"),
        CaseJson.Text(evalCase.Json, "attribute"),
        CaseJson.Text(evalCase.Json, "value"),
        CaseJson.Number(evalCase.Json, "noise") ?? 0,
        CaseJson.Whole(evalCase.Json, "budget") ?? 40,
        CaseJson.Whole(evalCase.Json, "seed") ?? 1);

    /// <summary>Approved qualifications: q1… the must-haves, then the nice-to-haves, each a skill.</summary>
    public IReadOnlyList<Qualification> Qualifications(TalentTaxonomy taxonomy) =>
        [.. Must.Select(s => (Skill: s, Kind: QualificationKind.MustHave)).Concat(Nice.Select(s => (Skill: s, Kind: QualificationKind.NiceToHave)))
            .Select((q, i) => new Qualification($"q{i + 1}", q.Skill, q.Kind, q.Kind == QualificationKind.MustHave ? 1.0 : 0.5, 1, true, PolicyVerdict.Ok, QualificationOrigin.Request, QualificationCategory.Skill, taxonomy.CanonicalSkill(q.Skill)))];

    /// <summary>Whether a proposal is the one the hidden preference should produce.</summary>
    public bool Recovers(LearningProposal proposal, IReadOnlyList<Qualification> qualifications, TalentTaxonomy taxonomy)
    {
        var subject = Skill is { } skill ? taxonomy.CanonicalSkill(skill) : null;
        var about = qualifications.FirstOrDefault(q => string.Equals(q.Subject, subject, StringComparison.OrdinalIgnoreCase))?.Id;
        return Hidden switch
        {
            "likes" => proposal.Change == LearningChange.AddNiceToHave && string.Equals(proposal.Subject, subject, StringComparison.OrdinalIgnoreCase),
            "values" => proposal.Change == LearningChange.MakeMustHave && proposal.Subject == about,
            "ignores" => proposal.Change is LearningChange.MakeNiceToHave or LearningChange.Drop && proposal.Subject == about,
            _ => false,
        };
    }

    /// <summary>True when the hidden preference should produce a proposal (false for random and biased recruiters).</summary>
    public bool ExpectsProposal => Hidden is "likes" or "values" or "ignores";

    public bool NeedsEvaluation => Hidden is "values" or "ignores";
}
