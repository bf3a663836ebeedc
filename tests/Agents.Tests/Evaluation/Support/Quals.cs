using Hiring.Contracts.Projects;

namespace Hiring.Agents.Tests.Evaluation.Support;

/// <summary>Approved qualifications for tests, one line each.</summary>
internal static class Quals
{
    public static Qualification Skill(string id, string subject, int? minYears = null, QualificationKind kind = QualificationKind.MustHave) =>
        Make(id, minYears is { } y ? $"{y}+ years of {subject}" : subject, kind, QualificationCategory.Skill, subject, minYears);

    public static Qualification Experience(string id, int minYears, string? scope = null) =>
        Make(id, $"{minYears}+ years of {scope ?? "professional"} experience", QualificationKind.MustHave, QualificationCategory.Experience, scope, minYears);

    public static Qualification Title(string id, string title, QualificationKind kind = QualificationKind.MustHave) =>
        Make(id, title, kind, QualificationCategory.Title, title);

    public static Qualification Location(string id, string place) =>
        Make(id, $"Based in {place}", QualificationKind.MustHave, QualificationCategory.Location, place);

    public static Qualification Education(string id, string subject) =>
        Make(id, subject, QualificationKind.NiceToHave, QualificationCategory.Education, subject);

    public static Qualification Language(string id, string language) =>
        Make(id, $"Speaks {language}", QualificationKind.NiceToHave, QualificationCategory.Language, language);

    public static Qualification Other(string id, string text) =>
        Make(id, text, QualificationKind.NiceToHave, QualificationCategory.Other, null);

    private static Qualification Make(string id, string text, QualificationKind kind, QualificationCategory category, string? subject, int? minYears = null) =>
        new(id, text, kind, kind == QualificationKind.MustHave ? 1.0 : 0.5, 1, true, PolicyVerdict.Ok, QualificationOrigin.Request, category, subject, minYears);
}
