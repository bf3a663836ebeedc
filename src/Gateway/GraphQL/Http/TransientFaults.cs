using Hiring.Contracts.Cluster;
using Orleans.Runtime;

namespace Hiring.Gateway.GraphQL.Http;

/// <summary>
/// Failures that pass by themselves: the database could not complete a call, the silo hosting the recruiter's assistant
/// died or is unreachable, or its answer did not come in time (a node failing over). The client hears
/// <see cref="ErrorCodes.Unavailable"/> and that it may try again; like any other failure, no detail leaves the server.
/// </summary>
public static class TransientFaults
{
    public const string Message = "The assistant is briefly unavailable. Try again in a moment.";

    public static bool Is(Exception exception) => exception switch
    {
        StorageUnavailableException or SiloUnavailableException or TimeoutException or OrleansMessageRejectionException => true,
        AggregateException { InnerExceptions: [var only] } => Is(only),
        _ => false,
    };
}
