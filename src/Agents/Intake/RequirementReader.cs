using Hiring.Contracts.Projects;
using Hiring.Reasoning.Understanding.Requests;
using Hiring.Reasoning.Understanding.Skills;
using Hiring.Reasoning.Understanding.Titles;

namespace Hiring.Agents.Intake;

/// <summary>
/// Reads one requirement line (a job description's bullet, a JSON Resume qualification, the
/// recruiter's edit) into requirements: the skills and languages it names, each must-have or
/// nice-to-have by the line's section unless its own wording says otherwise; a line naming none is a
/// degree, an experience, a title, a place or a requirement in the recruiter's words.
/// </summary>
public sealed class RequirementReader(IntakePhrases phrases, RoleRequestReader roles, SkillVocabulary skills, TitleVocabulary titles)
{
    /// <summary>Every requirement of a line; a line with one keeps its own wording.</summary>
    public IReadOnlyList<DraftRequirement> ReadAll(string text, QualificationKind section)
    {
        var trimmed = text.Trim().TrimEnd('.', ';', ',');
        if (trimmed.Length == 0)
        {
            return [];
        }

        // The section is the default; each clause's own wording ("ideally", "required") decides for its requirements.
        var kind = phrases.KindOf(trimmed, section);
        var reading = roles.Read(trimmed, section);
        if (phrases.Education(trimmed) is { } degree && !reading.Requirements.Any(r => r.Category == QualificationCategory.Skill && !r.IsFieldOfWork))
        {
            // "BSc in Computer Science or equivalent experience": a degree; its field is not a skill.
            return [new DraftRequirement(trimmed, kind, QualificationCategory.Education, degree, reading.Years)];
        }

        if (reading.Requirements.Count == 1)
        {
            var only = reading.Requirements[0];
            var years = only.Years ?? reading.Years;

            // "5+ years of SaaS sales experience": years of a field of work are years of experience.
            return only.IsFieldOfWork && years is not null
                ? [new DraftRequirement(trimmed, only.Kind, QualificationCategory.Experience, only.Subject, years)]
                : [new DraftRequirement(trimmed, only.Kind, only.Category, only.Subject, years)];
        }

        if (reading.Requirements.Count > 1)
        {
            // "3+ years in supply chain planning or analytics": years across fields of work are one experience requirement.
            var years = RoleDraft.OverallYears(reading);
            return years is not null && reading.Requirements.All(r => r.IsFieldOfWork)
                ? [new DraftRequirement(trimmed, reading.Requirements[0].Kind, QualificationCategory.Experience, reading.Requirements[0].Subject, years)]
                : RoleDraft.Requirements(reading);
        }

        if (reading.Title is not null || reading.Seniority is not null)
        {
            return [new DraftRequirement(trimmed, kind, reading.Years is null ? QualificationCategory.Title : QualificationCategory.Experience, reading.Title?.Canonical ?? reading.Seniority, reading.Years)];
        }

        if (reading.Places.Places.Count > 0)
        {
            return [new DraftRequirement(trimmed, kind, QualificationCategory.Location, reading.Places.Places[0].Name, reading.Years)];
        }

        return [new DraftRequirement(trimmed, kind, reading.Years is null ? QualificationCategory.Other : QualificationCategory.Experience, null, reading.Years)];
    }

    /// <summary>One qualification from the recruiter's words (an edit or an addition): the line's wording, its first requirement's subject.</summary>
    public DraftRequirement Read(string text, QualificationKind section)
    {
        var all = ReadAll(text, section);
        return all.Count switch
        {
            0 => new DraftRequirement(text.Trim(), section, QualificationCategory.Other),
            1 => all[0],
            _ => all[0] with { Text = text.Trim().TrimEnd('.', ';', ',') },
        };
    }

    /// <summary>The canonical name of a skill (the folded text itself when the vocabulary does not know it).</summary>
    public string CanonicalSkill(string skill) => skills.Canonical(skill);

    /// <summary>The canonical title in a written title, else the title itself without its level, folded.</summary>
    public string NormalizedTitle(string title) =>
        titles.Canonical(title) ?? roles.Read(title).Title?.Canonical ?? Reasoning.Understanding.Text.TokenFold.Key(title);

    /// <summary>The skill as the recruiter wrote it, when the text names it; else the canonical name as shown ("IFRS", "Cold Calling").</summary>
    public string Display(string skill, string source)
    {
        var canonical = skills.Canonical(skill);
        return skills.Find(source).FirstOrDefault(m => m.Value.Name == canonical)?.Text ?? SkillDisplay.Of(skills.Entry(skill), canonical);
    }
}
