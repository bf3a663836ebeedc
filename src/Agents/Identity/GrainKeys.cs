using System.Text.RegularExpressions;

namespace Hiring.Agents.Identity;

/// <summary>
/// Grain keys are "{tenant}/{id}". They are built here and only here, from an authenticated
/// tenant, so no call site concatenates strings into a key.
/// </summary>
public static partial class GrainKeys
{
    public const int MaxSegmentLength = 64;

    /// <summary>The supervisor and memory key of a recruiter.</summary>
    public static string Recruiter(string tenant, string recruiter) => Compose(tenant, recruiter);

    /// <summary>The key of a project and of its sub-agents.</summary>
    public static string Project(string tenant, string project) => Compose(tenant, project);

    /// <summary>The tenant part of a key.</summary>
    public static string TenantOf(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 ? key[..slash] : throw new ArgumentException($"'{key}' is not a tenant-scoped key.", nameof(key));
    }

    /// <summary>
    /// The tenant a tenant-scoped grain belongs to: the part before the first '/', or the whole key for
    /// a grain keyed by the tenant alone (the tenant's history).
    /// </summary>
    public static string TenantOfGrain(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        return slash >= 0 ? key[..slash] : key;
    }

    /// <summary>
    /// Whether <paramref name="tenant"/> is the tenant of the grain whose key is <paramref name="key"/> (UTF-8,
    /// as Orleans keeps it), as <see cref="TenantOfGrain"/> would say, without decoding the key into a string:
    /// every grain call asks this.
    /// </summary>
    public static bool IsTenantOfGrain(ReadOnlySpan<byte> key, string tenant)
    {
        var slash = key.IndexOf((byte)'/');
        var prefix = slash >= 0 ? key[..slash] : key;
        return System.Text.Ascii.Equals(prefix, tenant)
            || (!System.Text.Ascii.IsValid(prefix) && string.Equals(System.Text.Encoding.UTF8.GetString(prefix), tenant, StringComparison.Ordinal));
    }

    /// <summary>The part of a key after the tenant.</summary>
    public static string IdOf(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 ? key[(slash + 1)..] : throw new ArgumentException($"'{key}' is not a tenant-scoped key.", nameof(key));
    }

    /// <summary>True when the text is usable as one key segment (letters, digits, '.', '_', '-'; at most 64).</summary>
    public static bool IsValidSegment(string? segment) => segment is { Length: > 0 and <= MaxSegmentLength } && SegmentPattern().IsMatch(segment);

    private static string Compose(string tenant, string id)
    {
        if (!IsValidSegment(tenant))
        {
            throw new ArgumentException($"'{tenant}' is not a valid tenant id.", nameof(tenant));
        }

        if (!IsValidSegment(id))
        {
            throw new ArgumentException($"'{id}' is not a valid id.", nameof(id));
        }

        return $"{tenant}/{id}";
    }

    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex SegmentPattern();
}
