using Hiring.Contracts.Talent;

namespace Hiring.Talent.Import;

/// <summary>Where imported profiles go and how they are labelled.</summary>
/// <param name="Scope">The public pool, or one tenant's private pool.</param>
/// <param name="Origin">Recorded in each profile's source: a file import or an ATS export.</param>
public sealed record ImportOptions(TalentPoolScope Scope, ProfileOrigin Origin = ProfileOrigin.Import)
{
    /// <summary>The public pool when <paramref name="tenant"/> is empty, else that tenant's private pool.</summary>
    public static ImportOptions For(string? tenant, ProfileOrigin origin = ProfileOrigin.Import) =>
        new(string.IsNullOrWhiteSpace(tenant) ? TalentPoolScope.Public : TalentPoolScope.Private(tenant), origin);
}
