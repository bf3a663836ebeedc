using GraphQL;
using Hiring.Contracts.Supervisor;

namespace Hiring.Gateway.GraphQL.Schema.Assistant;

/// <summary>The optional clientMessageId argument of mutations that post to the assistant: validated, or made up when omitted.</summary>
public static class ClientMessageIds
{
    public static string From(IResolveFieldContext context, string prefix)
    {
        var clientMessageId = context.GetArgument<string?>("clientMessageId") ?? $"{prefix}-{Guid.NewGuid():N}";
        return clientMessageId.Length is 0 or > AssistantMutations.MaxClientMessageId
            ? throw new ExecutionError($"clientMessageId must be 1 to {AssistantMutations.MaxClientMessageId} characters.") { Code = RefusalCodes.Invalid }
            : clientMessageId;
    }
}
