using GraphQL;
using Hiring.Contracts.Supervisor;
using Hiring.Gateway.GraphQL.Assistant;
using Hiring.Gateway.GraphQL.Auth;
using Hiring.Gateway.GraphQL.Http;

namespace Hiring.Gateway.GraphQL.Schema;

public static class FieldContextExtensions
{
    /// <summary>The caller, from the authenticated principal only; arguments never name a tenant or recruiter.</summary>
    public static RecruiterIdentity Recruiter(this IResolveFieldContext context) =>
        RecruiterIdentity.FromPrincipal(context.User)
        ?? throw new ExecutionError("Authentication required.") { Code = ErrorCodes.Unauthenticated };

    /// <summary>The caller when they are an operator (<see cref="OperatorList"/>); anyone else is refused with FORBIDDEN, changing nothing.</summary>
    public static RecruiterIdentity Operator(this IResolveFieldContext context)
    {
        var caller = context.Recruiter();
        return context.Service<OperatorList>().Includes(caller)
            ? caller
            : throw new ExecutionError($"Only an operator may do this; operators are named in {OperatorList.Setting}.") { Code = RefusalCodes.Forbidden };
    }

    /// <summary>A service of the request's container.</summary>
    public static T Service<T>(this IResolveFieldContext context)
        where T : notnull =>
        (context.RequestServices ?? throw new InvalidOperationException("No request services.")).GetRequiredService<T>();

    public static IRecruiterSupervisor Assistant(this IResolveFieldContext context) =>
        context.Service<IAssistantDirectory>().For(context.Recruiter());

    public static int Max(this IResolveFieldContext context, int upper)
    {
        var max = context.GetArgument("max", upper);
        return max is > 0 && max <= upper
            ? max
            : throw new ExecutionError($"max must be between 1 and {upper}.") { Code = RefusalCodes.Invalid };
    }

    public static long? Cursor(this IResolveFieldContext context, string name)
    {
        var value = context.GetArgument<string?>(name);
        if (value is null)
        {
            return null;
        }

        return Subscriptions.EventCursor.TryParse(value, out var sequence)
            ? sequence
            : throw new ExecutionError($"'{name}' is not a cursor.") { Code = RefusalCodes.Invalid };
    }
}
