using System.Globalization;
using Hiring.Contracts.Projects;
using Hiring.Reasoning.Policy;

namespace Hiring.Agents.Intake;

/// <summary>
/// Turns requirements and suggestions into proposed qualifications: ids q1, q2, …, version 1,
/// unapproved, weighted by kind, each checked by the policy (a refused one is kept, marked refused).
/// </summary>
public sealed class QualificationDrafter(QualificationPolicy policy, RequirementReader reader, IntakePhrases phrases)
{
    public const double MustHaveWeight = 1.0;
    public const double NiceToHaveWeight = 0.5;

    public IReadOnlyList<Qualification> Propose(JobDraft draft, IReadOnlyList<MarketSkill> market, IReadOnlyList<string> pastHireSkills)
    {
        var proposed = new List<Qualification>();
        foreach (var requirement in draft.Requirements)
        {
            proposed.Add(Create(NextId(proposed), requirement, QualificationOrigin.Request));
        }

        var suggested = market
            .Where(m => m.Share >= phrases.MarketMinShare && !HasSkill(proposed, m.Skill))
            .Take(phrases.MarketMax)
            .ToList();
        foreach (var skill in suggested)
        {
            proposed.Add(Suggest(NextId(proposed), skill.Skill, draft.Description, QualificationOrigin.MarketInsights));
        }

        foreach (var skill in pastHireSkills.Where(s => !HasSkill(proposed, s)).Take(phrases.PastHiresMax))
        {
            proposed.Add(Suggest(NextId(proposed), skill, draft.Description, QualificationOrigin.PastHires));
        }

        return proposed;
    }

    public Qualification Create(string id, DraftRequirement requirement, QualificationOrigin origin, int version = 1) => new(
        id,
        requirement.Text,
        requirement.Kind,
        WeightOf(requirement.Kind),
        version,
        false,
        policy.Check(requirement.Text),
        origin,
        requirement.Category,
        requirement.Subject,
        requirement.MinYears);

    /// <summary>A qualification from the recruiter's own words (an edit or an addition).</summary>
    public Qualification FromText(string id, string text, QualificationKind kind, int version) =>
        Create(id, reader.Read(text, kind), QualificationOrigin.Recruiter, version);

    public static double WeightOf(QualificationKind kind) => kind == QualificationKind.MustHave ? MustHaveWeight : NiceToHaveWeight;

    /// <summary>The next free id after the highest qN in use.</summary>
    public static string NextId(IEnumerable<Qualification> existing) =>
        "q" + (existing.Select(Number).DefaultIfEmpty(0).Max() + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>Where a qualification stands in the order they were added ("q7" is 7).</summary>
    public static int Number(Qualification qualification) =>
        int.TryParse(qualification.Id.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;

    private Qualification Suggest(string id, string skill, string source, QualificationOrigin origin) =>
        Create(id, new DraftRequirement(reader.Display(skill, source), QualificationKind.NiceToHave, QualificationCategory.Skill, skill), origin);

    private static bool HasSkill(IEnumerable<Qualification> qualifications, string skill) =>
        qualifications.Any(q => q.Category == QualificationCategory.Skill && string.Equals(q.Subject, skill, StringComparison.OrdinalIgnoreCase));
}
