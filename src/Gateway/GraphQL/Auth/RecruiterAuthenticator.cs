using System.Collections.Frozen;
using System.Text;
using Hiring.Agents.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hiring.Gateway.GraphQL.Auth;

/// <summary>Turns a presented credential (API key or JWT) into a recruiter identity; shared by HTTP and WebSocket.</summary>
public sealed class RecruiterAuthenticator
{
    private readonly FrozenDictionary<string, ApiKeyEntry> _keysByHash;
    private readonly JwtSettings _jwt;
    private readonly TokenValidationParameters? _jwtValidation;
    private readonly JsonWebTokenHandler _jwtHandler = new();

    public RecruiterAuthenticator(IOptions<AuthSettings> settings, DemoKey? demo = null)
    {
        var entries = settings.Value.ApiKeys.Where(k => GrainKeys.IsValidSegment(k.Tenant) && GrainKeys.IsValidSegment(k.Recruiter));
        if (demo is not null)
        {
            entries = entries.Append(demo.Entry);
        }

        _keysByHash = entries
            .GroupBy(k => k.KeyHash.Trim().ToLowerInvariant(), StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _jwt = settings.Value.Jwt;
        if (_jwt.IsConfigured)
        {
            _jwtValidation = new TokenValidationParameters
            {
                ValidIssuer = _jwt.Issuer,
                ValidateIssuer = !string.IsNullOrEmpty(_jwt.Issuer),
                ValidAudience = _jwt.Audience,
                ValidateAudience = !string.IsNullOrEmpty(_jwt.Audience),
                IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(_jwt.SigningKey!)),
                ValidateLifetime = true,
            };
        }
    }

    public bool HasKeys => _keysByHash.Count > 0 || _jwt.IsConfigured;

    public async ValueTask<RecruiterIdentity?> AuthenticateAsync(string? credential)
    {
        if (string.IsNullOrWhiteSpace(credential))
        {
            return null;
        }

        credential = credential.Trim();
        if (_keysByHash.TryGetValue(ApiKeyHash.Compute(credential), out var entry))
        {
            return new RecruiterIdentity(entry.Tenant, entry.Recruiter, "key:" + entry.KeyHash[..12]);
        }

        return _jwtValidation is not null && credential.Count(c => c == '.') == 2 ? await ValidateJwtAsync(credential) : null;
    }

    private async Task<RecruiterIdentity?> ValidateJwtAsync(string token)
    {
        var result = await _jwtHandler.ValidateTokenAsync(token, _jwtValidation);
        if (!result.IsValid
            || ClaimOf(result, _jwt.TenantClaim) is not { } tenant
            || ClaimOf(result, _jwt.RecruiterClaim) is not { } recruiter
            || !GrainKeys.IsValidSegment(tenant)
            || !GrainKeys.IsValidSegment(recruiter))
        {
            return null;
        }

        return new RecruiterIdentity(tenant, recruiter, $"jwt:{tenant}/{recruiter}");
    }

    private static string? ClaimOf(TokenValidationResult result, string name) =>
        result.Claims.TryGetValue(name, out var value) ? value as string : null;
}
