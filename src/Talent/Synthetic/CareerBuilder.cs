using Bogus;

namespace Hiring.Talent.Synthetic;

/// <summary>
/// Builds one dated career, oldest role first: tenures of months to years, promotions (a new,
/// higher title at the same employer), moves, gaps, and the employers' layoff waves cutting roles short.
/// </summary>
internal sealed class CareerBuilder(Randomizer random, CompanyWorld world, DateOnly asOf)
{
    private const int MaxRoles = 6;

    public List<SyntheticRole> Build(RoleFamily family, SkillCluster primary, SkillCluster? secondary, int careerMonths, bool managementTrack)
    {
        var roles = new List<SyntheticRole>(MaxRoles);
        var plannedRoles = Math.Clamp(1 + (careerMonths / random.Int(18, 40)), 1, MaxRoles);
        var cursor = asOf.AddMonths(1 - careerMonths);
        var experienced = 0;
        var seniority = Seniority.Junior;
        for (var k = 0; k < plannedRoles; k++)
        {
            var remaining = MonthSpan.Inclusive(cursor, asOf);
            if (remaining <= 0)
            {
                break;
            }

            var tenure = k == plannedRoles - 1 ? remaining : Math.Min(remaining, random.Int(8, 48));
            var previous = roles.Count > 0 ? roles[^1] : null;
            var promoted = previous is { LaidOff: false } && random.Bool(0.25f);
            var company = promoted ? previous!.Company : world.Pick(random, family.Clinical, hiredRecently: remaining <= 12);
            seniority = Next(seniority, experienced, managementTrack, promoted);
            DateOnly? end = tenure == remaining ? null : cursor.AddMonths(tenure - 1);
            var laidOff = false;
            if (company.LayoffMonth is { } wave && wave > cursor && wave <= (end ?? asOf) && wave < asOf && random.Bool(0.7f))
            {
                end = wave;
                laidOff = true;
            }

            var skills = SkillsFor(family, primary, secondary, seniority);
            roles.Add(new SyntheticRole(company, family.Title(primary, seniority), seniority, cursor, end, skills, laidOff));
            experienced += MonthSpan.Inclusive(cursor, end ?? asOf);
            if (end is null)
            {
                break;
            }

            cursor = end.Value.AddMonths(1 + (laidOff ? random.Int(1, 5) : random.Int(0, 2)));
        }

        return roles;
    }

    private static Seniority Next(Seniority current, int experiencedMonths, bool managementTrack, bool promoted)
    {
        var target = experiencedMonths switch
        {
            < 24 => Seniority.Junior,
            < 60 => Seniority.Mid,
            < 108 => Seniority.Senior,
            _ when !managementTrack => Seniority.Staff,
            < 168 => Seniority.Manager,
            _ => Seniority.Director,
        };
        var ceiling = managementTrack ? Seniority.Director : Seniority.Staff;
        var next = target > current ? target : current;
        if (promoted && next == current && current < ceiling)
        {
            next = current == Seniority.Senior && managementTrack ? Seniority.Manager : current + 1;
        }

        return next;
    }

    private List<string> SkillsFor(RoleFamily family, SkillCluster primary, SkillCluster? secondary, Seniority seniority)
    {
        var skills = new List<string>(8);
        skills.AddRange(primary.Core);
        var related = Math.Min(primary.Related.Count, (seniority == Seniority.Junior ? 1 : 2) + random.Int(0, 1));
        skills.AddRange(random.ListItems([.. primary.Related], related));
        if (secondary is not null && random.Bool(0.6f))
        {
            AddDistinct(skills, random.One([.. secondary.Core, .. secondary.Related]));
        }

        if (random.Bool(0.3f))
        {
            AddDistinct(skills, random.One(family.CommonSkills));
        }

        if (seniority >= Seniority.Manager)
        {
            AddDistinct(skills, "People Management");
        }

        return skills;
    }

    private static void AddDistinct(List<string> skills, string skill)
    {
        if (!skills.Contains(skill, StringComparer.OrdinalIgnoreCase))
        {
            skills.Add(skill);
        }
    }
}
