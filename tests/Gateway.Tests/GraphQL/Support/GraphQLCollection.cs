namespace Hiring.Gateway.Tests.GraphQL.Support;

[CollectionDefinition(Name)]
public sealed class GraphQLCollection : ICollectionFixture<GraphQLHostFixture>
{
    public const string Name = "graphql";
}
