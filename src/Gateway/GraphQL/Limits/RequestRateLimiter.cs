using System.Threading.RateLimiting;
using Hiring.Gateway.GraphQL.Auth;
using Microsoft.Extensions.Options;

namespace Hiring.Gateway.GraphQL.Limits;

/// <summary>
/// A fixed window of operations per credential (per client address when anonymous), shared by both
/// transports: every HTTP request to /graphql (a WebSocket upgrade included) and every operation
/// sent over a socket takes one permit, so a socket is no way around the limit.
/// </summary>
public sealed class RequestRateLimiter(IOptions<LimitSettings> options) : IDisposable
{
    public const string Message = "Too many requests; slow down.";

    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.RequestsPerWindow,
            Window = TimeSpan.FromSeconds(options.Value.WindowSeconds),
            QueueLimit = 0,
        }));

    public bool TryAcquire(string partition)
    {
        using var lease = _limiter.AttemptAcquire(partition);
        return lease.IsAcquired;
    }

    public bool TryAcquire(HttpContext context) =>
        TryAcquire(RecruiterIdentity.FromPrincipal(context.User)?.Credential ?? "anonymous:" + context.Connection.RemoteIpAddress);

    public void Dispose() => _limiter.Dispose();
}
