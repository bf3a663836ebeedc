namespace Hiring.Talent.Search;

/// <summary>Field names of a profile document in the Lucene index, and the fields a query may name.</summary>
public static class TalentFields
{
    public const string Id = "id";
    public const string Pool = "pool";
    public const string Profile = "profile";
    public const string Name = "name";
    public const string Headline = "headline";
    public const string Title = "title";
    public const string CurrentTitle = "title_current";

    /// <summary>Canonical taxonomy titles found in any title, so a known title is one term lookup, not a phrase search.</summary>
    public const string TitleKey = "title_key";

    /// <summary>Canonical taxonomy titles found in the current title.</summary>
    public const string CurrentTitleKey = "title_current_key";
    public const string Skill = "skill";
    public const string Company = "company";
    public const string Location = "location";
    public const string School = "school";
    public const string Summary = "summary";

    /// <summary>The pseudo-field of terms written without a field: they search every field below.</summary>
    public const string Any = "_any";

    /// <summary>Fields a query may name, as the user writes them.</summary>
    public static readonly IReadOnlyList<string> Queryable = [Title, Skill, Company, Location, School, Name, Headline, Summary];

    /// <summary>Fields an unfielded term searches, with their weights.</summary>
    public static readonly IReadOnlyList<(string Field, float Boost)> Unfielded =
    [
        (Title, 3f), (Skill, 3f), (Headline, 2f), (Company, 1.5f), (Location, 1f), (School, 1f), (Name, 1f), (Summary, 1f),
    ];

    /// <summary>Spellings accepted for a field name (plural forms, "description").</summary>
    public static string? Resolve(string field) => field.ToLowerInvariant() switch
    {
        "title" or "titles" => Title,
        "skill" or "skills" => Skill,
        "company" or "companies" or "employer" => Company,
        "location" or "city" or "country" => Location,
        "school" or "schools" or "education" => School,
        "name" => Name,
        "headline" => Headline,
        "summary" or "description" or "text" => Summary,
        Any => Any,
        _ => null,
    };
}
