using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using Hiring.Contracts.Supervisor;
using Hiring.Gateway.GraphQL.Types;

namespace Hiring.Gateway.GraphQL.Schema;

public sealed class SubscriptionType : ObjectGraphType
{
    public const string AssistantEvents = "assistantEvents";
    public const string After = "after";

    public SubscriptionType()
    {
        Name = "Subscription";
        Field<NonNullGraphType<AssistantEventType>, AssistantEvent>(AssistantEvents)
            .Description("Everything the assistant does, live. With `after`, first replays the events after that cursor, without gap or duplicate.")
            .Argument<StringGraphType>(After)
            .ResolveStream(Stream);
    }

    private static IObservable<AssistantEvent?> Stream(IResolveFieldContext context)
    {
        context.Recruiter();
        switch (context.Source)
        {
            case SubscriptionProbe probe:
                probe.Capture(context.Cursor(After), AfterVariable(context));
                return SingleEventObservable.Empty;
            case SubscriptionEvent root:
                return new SingleEventObservable(root.Event);
            default:
                return SingleEventObservable.Empty;
        }
    }

    private static string? AfterVariable(IResolveFieldContext context) =>
        context.FieldAst.Arguments?.FirstOrDefault(a => a.Name.StringValue == After)?.Value is GraphQLVariable variable
            ? variable.Name.StringValue
            : null;
}
