using System.CommandLine;

namespace Hiring.Gateway.Cli;

/// <summary>Options shared by the talent commands.</summary>
public static class TalentOptions
{
    public static Option<string?> Tenant() => new("--tenant")
    {
        Description = "Search as this tenant: the public pool plus the tenant's private pool. Default: the public pool only.",
    };

    public static Option<bool> Json() => new("--json") { Description = "Print JSON instead of text." };

    public static Argument<string> Query() => new("query")
    {
        Description = "Boolean query: AND, OR, NOT, \"quotes\", (parentheses), fields title: skill: company: location: school:. Empty for everyone.",
    };
}
