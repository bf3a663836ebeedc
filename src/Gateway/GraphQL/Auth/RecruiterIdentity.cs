using System.Security.Claims;
using Hiring.Agents.Identity;

namespace Hiring.Gateway.GraphQL.Auth;

/// <summary>Who is calling: a tenant, a recruiter of that tenant, and the credential that proved it.</summary>
public sealed record RecruiterIdentity(string Tenant, string Recruiter, string Credential)
{
    /// <summary>The supervisor grain key, built only through <see cref="GrainKeys"/>.</summary>
    public string RecruiterKey => GrainKeys.Recruiter(Tenant, Recruiter);

    /// <summary>
    /// Grain calls made from this async flow carry this tenant until disposed. The gateway opens it
    /// where it acts for a principal: around each GraphQL execution and the subscription replay.
    /// </summary>
    public TenantScope Scope() => TenantScope.For(Tenant);

    public ClaimsPrincipal ToPrincipal(string authenticationType) =>
        new(new ClaimsIdentity(
            [
                new Claim(HiringClaims.Tenant, Tenant),
                new Claim(HiringClaims.Recruiter, Recruiter),
                new Claim(HiringClaims.Credential, Credential),
            ],
            authenticationType));

    public static RecruiterIdentity? FromPrincipal(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var tenant = principal.FindFirstValue(HiringClaims.Tenant);
        var recruiter = principal.FindFirstValue(HiringClaims.Recruiter);
        return tenant is null || recruiter is null
            ? null
            : new RecruiterIdentity(tenant, recruiter, principal.FindFirstValue(HiringClaims.Credential) ?? recruiter);
    }
}
