using GraphQL.Types;
using Hiring.Contracts.Supervisor;
using Hiring.Gateway.GraphQL.Subscriptions;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class AssistantEventType : ObjectGraphType<AssistantEvent>
{
    public AssistantEventType()
    {
        Name = "AssistantEvent";
        Description = "Something the assistant did; `cursor` resumes assistantEvents after this event.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(c => EventCursor.Format(c.Source.Sequence));
        Field<NonNullGraphType<EnumerationGraphType<AssistantEventKind>>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(c => c.Source.At);
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(c => c.Source.Text);
        Field<IdGraphType>("planId").Resolve(c => c.Source.PlanId);
        Field<IntGraphType>("stepIndex").Resolve(c => c.Source.StepIndex);
        Field<StringGraphType>("payload").Description("Kind-specific details as JSON text.").Resolve(c => c.Source.Payload);
    }
}
