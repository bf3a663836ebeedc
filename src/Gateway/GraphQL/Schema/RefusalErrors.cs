using GraphQL;
using GraphQL.Execution;
using Hiring.Contracts.Supervisor;
using Hiring.Gateway.GraphQL.Http;

namespace Hiring.Gateway.GraphQL.Schema;

/// <summary>
/// Turns exceptions into GraphQL errors: a refusal keeps its code; a failure that passes by itself says the client may try
/// again (<see cref="TransientFaults"/>); anything else becomes an opaque internal error (no message, type or stack trace
/// leaves the server).
/// </summary>
public static class RefusalErrors
{
    public const string NotFoundMessage = "Not found.";

    public static ExecutionError NotFound() => new(NotFoundMessage) { Code = RefusalCodes.NotFound };

    public static void Handle(UnhandledExceptionContext context)
    {
        context.Exception = context.OriginalException switch
        {
            // Unknown ids and another tenant's ids must read exactly alike, whatever the grain said.
            AssistantRefusalException { Code: RefusalCodes.NotFound } => NotFound(),
            AssistantRefusalException refusal => new ExecutionError(refusal.Message) { Code = refusal.Code },
            var fault when TransientFaults.Is(fault) => new ExecutionError(TransientFaults.Message) { Code = ErrorCodes.Unavailable },
            _ => new ExecutionError("Internal error.") { Code = ErrorCodes.Internal },
        };
    }
}
