using Hiring.Talent;

namespace Hiring.Agents.Sourcing.Constraints;

/// <summary>
/// Reads a title's level and track from its words. Individual-contributor rungs are junior, mid,
/// senior, staff (staff and lead) and principal; a title without a level word is mid. Management is
/// manager or director (head, VP and chief read as director). "Manager" is a manager only when it
/// names people management: a product, account, project or program manager is an individual
/// contributor, unless the title says so otherwise ("Group Product Manager", "General Manager").
/// </summary>
public static class TitleLevels
{
    public const string Junior = "junior";
    public const string Mid = "mid";
    public const string Senior = "senior";
    public const string Staff = "staff";
    public const string Principal = "principal";
    public const string Manager = "manager";
    public const string Director = "director";

    /// <summary>Individual-contributor rungs, lowest first.</summary>
    public static readonly IReadOnlyList<string> ContributorLevels = [Junior, Mid, Senior, Staff, Principal];

    /// <summary>Management rungs, lowest first.</summary>
    public static readonly IReadOnlyList<string> ManagementLevels = [Manager, Director];

    private static readonly Dictionary<string, string> ContributorWords = new(StringComparer.Ordinal)
    {
        ["intern"] = Junior, ["junior"] = Junior, ["jr"] = Junior, ["graduate"] = Junior, ["grad"] = Junior, ["entry"] = Junior,
        ["trainee"] = Junior, ["apprentice"] = Junior, ["associate"] = Junior,
        ["mid"] = Mid, ["intermediate"] = Mid,
        ["senior"] = Senior, ["sr"] = Senior,
        ["staff"] = Staff, ["lead"] = Staff,
        ["principal"] = Principal, ["distinguished"] = Principal, ["fellow"] = Principal,
    };

    private static readonly HashSet<string> DirectorWords = new(StringComparer.Ordinal)
    {
        "director", "head", "vp", "svp", "evp", "chief", "president", "cto", "ceo", "cfo", "coo", "cmo", "cpo", "cio", "ciso", "cro",
    };

    private static readonly HashSet<string> ManagerWords = new(StringComparer.Ordinal) { "manager", "mgr" };

    // Words before "manager" that make it an individual contributor's title (longest first where they overlap).
    private static readonly string[] ContributorManagers =
    [
        "product marketing", "content marketing", "key account", "technical account", "technical program", "technical project",
        "customer success", "social media", "product", "account", "project", "program", "programme", "brand", "community",
        "office", "case", "category", "campaign", "partner", "partnerships", "partnership", "relationship", "success", "event",
        "events", "release", "territory", "channel", "content", "seo", "lifecycle", "crm", "payroll", "benefits", "compensation",
    ];

    // Words that make a contributor-looking manager title a people manager's.
    private static readonly HashSet<string> PeopleWords = new(StringComparer.Ordinal) { "group", "general", "people", "team", "managing" };

    private static readonly Dictionary<string, string> SpecWords = new(StringComparer.Ordinal)
    {
        ["intern"] = Junior, ["junior"] = Junior, ["jr"] = Junior, ["graduate"] = Junior, ["entry"] = Junior, ["entry level"] = Junior,
        ["mid"] = Mid, ["mid level"] = Mid, ["intermediate"] = Mid,
        ["senior"] = Senior, ["sr"] = Senior,
        ["staff"] = Staff, ["lead"] = Staff,
        ["principal"] = Principal,
        ["manager"] = Manager,
        ["director"] = Director, ["head"] = Director, ["vp"] = Director, ["chief"] = Director, ["executive"] = Director,
    };

    /// <summary>The level and track of a title ("Senior Backend Engineer" → senior, individual contributor).</summary>
    public static TitleLevel Read(string title)
    {
        var words = TextFolding.Fold(title).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Any(DirectorWords.Contains) || (words.Contains("managing") && words.Contains(Director)))
        {
            return new TitleLevel(Director, TitleTrack.Management);
        }

        var manager = Array.FindIndex(words, ManagerWords.Contains);
        if (manager >= 0 && !IsContributorManager(words, manager))
        {
            return new TitleLevel(Manager, TitleTrack.Management);
        }

        var rung = words.Select(w => ContributorWords.GetValueOrDefault(w)).OfType<string>().Select(IndexOf).DefaultIfEmpty(IndexOf(Mid)).Max();
        return new TitleLevel(ContributorLevels[rung], TitleTrack.IndividualContributor);
    }

    /// <summary>The title without its level words: "Senior Backend Engineer" → "Backend Engineer".</summary>
    public static string Strip(string title) =>
        string.Join(' ', title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !ContributorWords.ContainsKey(TextFolding.Fold(w))));

    /// <summary>The level a spec's seniority names ("Sr" → senior, "lead" → staff, "head" → director), or null when it names none.</summary>
    public static string? OfSeniority(string? seniority) =>
        TextFolding.Fold(seniority) is { Length: > 0 } folded ? SpecWords.GetValueOrDefault(folded) : null;

    /// <summary>The track a level belongs to.</summary>
    public static TitleTrack TrackOf(string level) => ManagementLevels.Contains(level) ? TitleTrack.Management : TitleTrack.IndividualContributor;

    /// <summary>Position of an individual-contributor rung (junior 0 … principal 4); -1 for anything else.</summary>
    public static int IndexOf(string level)
    {
        for (var i = 0; i < ContributorLevels.Count; i++)
        {
            if (ContributorLevels[i] == level)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsContributorManager(string[] words, int manager)
    {
        if (words.Take(manager).Any(PeopleWords.Contains))
        {
            return false;
        }

        var before = string.Join(' ', words.Take(manager));
        return ContributorManagers.Any(p => before == p || before.EndsWith(" " + p, StringComparison.Ordinal));
    }
}
