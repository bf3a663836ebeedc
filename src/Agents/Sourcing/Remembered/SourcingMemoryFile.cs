namespace Hiring.Agents.Sourcing.Remembered;

/// <summary>prompts/builtin/sourcing-memory.yaml: how sourcing reads the recruiter's kept memories.</summary>
public sealed class SourcingMemoryFile
{
    public const string FileName = "sourcing-memory.yaml";

    public string Version { get; set; } = "";

    public string ClauseBreaks { get; set; } = "";

    public List<string> Likes { get; set; } = [];

    public List<string> LikedBefore { get; set; } = [];

    public List<string> Negations { get; set; } = [];

    public List<string> Filler { get; set; } = [];

    public List<string> AvoidCompanies { get; set; } = [];

    public List<string> CompanyStopWords { get; set; } = [];

    public List<string> NotCompanies { get; set; } = [];

    public List<string> Scopes { get; set; } = [];

    public List<string> PlaceOnlyScopes { get; set; } = [];

    public List<string> ScopeFiller { get; set; } = [];

    public string AllRoles { get; set; } = "";

    public Dictionary<string, string> Messages { get; set; } = [];
}
