using System.Threading.RateLimiting;
using Hiring.Gateway.GraphQL.Auth;
using Hiring.Gateway.GraphQL.Http;

namespace Hiring.Gateway.GraphQL.Limits;

/// <summary>A fixed window of requests per credential (per client address when anonymous).</summary>
public static class RateLimitExtensions
{
    public const string Policy = "graphql";

    public static IServiceCollection AddHiringRateLimits(this IServiceCollection services, LimitSettings limits)
    {
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, cancellationToken) => new ValueTask(GraphQLErrorResponse.WriteAsync(
                context.HttpContext, StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimited, "Too many requests; slow down.", cancellationToken));
            options.AddPolicy(Policy, context => RateLimitPartition.GetFixedWindowLimiter(
                PartitionOf(context),
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.RequestsPerWindow,
                    Window = TimeSpan.FromSeconds(limits.WindowSeconds),
                    QueueLimit = 0,
                }));
        });
        return services;
    }

    private static string PartitionOf(HttpContext context) =>
        RecruiterIdentity.FromPrincipal(context.User)?.Credential ?? "anonymous:" + context.Connection.RemoteIpAddress;
}
