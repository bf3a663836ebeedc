namespace Hiring.Talent;

/// <summary>One pool: the public one (Tenant null) or one tenant's private one.</summary>
public readonly record struct TalentPoolScope(string? Tenant)
{
    public static TalentPoolScope Public => new(null);

    public static TalentPoolScope Private(string tenant)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenant);
        return new TalentPoolScope(tenant);
    }

    public bool IsPublic => Tenant is null;

    public override string ToString() => Tenant is null ? "public" : $"tenant:{Tenant}";
}
