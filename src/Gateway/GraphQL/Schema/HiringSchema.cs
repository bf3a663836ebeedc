namespace Hiring.Gateway.GraphQL.Schema;

/// <summary>The product's GraphQL schema. Features add fields to the root types as they land.</summary>
public sealed class HiringSchema : global::GraphQL.Types.Schema
{
    public HiringSchema(IServiceProvider services, QueryType query, MutationType mutation, SubscriptionType subscription)
        : base(services)
    {
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
    }
}
