using GraphQL;
using GraphQL.Types;
using Hiring.Contracts.Agents;
using Hiring.Gateway.GraphQL.Schema.Projects;

namespace Hiring.Gateway.GraphQL.Schema.Outreach;

/// <summary>Query fields of outreach: a candidate's conversation for their card, from the tenant's contact ledger.</summary>
public static class OutreachQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<OutreachThreadType>>("outreachThread")
            .Description("The conversation with a candidate of a project of yours: each message sent with its delivery status, each reply with how it was read, and whether you have taken it over. Anyone not in the project's pipeline reads like an unknown project.")
            .Argument<NonNullGraphType<IdGraphType>>("projectId")
            .Argument<NonNullGraphType<IdGraphType>>("candidateId")
            .ResolveAsync(async c => await c.ProjectAgent<IOutreachAgent>(c.GetArgument<string>("projectId")).Conversation(c.GetArgument<string>("candidateId")));
    }
}
