namespace Hiring.Gateway.GraphQL.Auth;

/// <summary>Claim types of an authenticated recruiter; every resolver reads identity from these.</summary>
public static class HiringClaims
{
    public const string Tenant = "hiring:tenant";
    public const string Recruiter = "hiring:recruiter";
    public const string Credential = "hiring:credential";
    public const string Scheme = "HiringKey";
}
