namespace Hiring.Contracts.Talent;

/// <summary>Which pool a profile belongs to and how it arrived.</summary>
/// <param name="Pool">The shared public pool, or a tenant's private pool.</param>
/// <param name="Tenant">The owning tenant for private profiles; null for the public pool.</param>
/// <param name="Origin">How the profile arrived.</param>
/// <param name="Reference">Where it came from (file name, ATS id), for provenance.</param>
[GenerateSerializer, Immutable, Alias("hiring.talent.source")]
public sealed record ProfileSource(
    [property: Id(0)] TalentPoolKind Pool,
    [property: Id(1)] string? Tenant,
    [property: Id(2)] ProfileOrigin Origin,
    [property: Id(3)] string? Reference = null)
{
    /// <summary>The shared public pool.</summary>
    public static ProfileSource Public(ProfileOrigin origin = ProfileOrigin.Synthetic) => new(TalentPoolKind.Public, null, origin);
}
