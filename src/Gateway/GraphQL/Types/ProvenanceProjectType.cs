using GraphQL.Types;
using Hiring.Agents.Privacy;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class ProvenanceProjectType : ObjectGraphType<ProvenanceProject>
{
    public ProvenanceProjectType()
    {
        Name = "ProvenanceProject";
        Description = "A project that holds the person, and the search query that found them (null when added another way).";
        Field<NonNullGraphType<IdGraphType>>("projectId").Resolve(c => c.Source.ProjectId);
        Field<StringGraphType>("query").Resolve(c => c.Source.Query);
    }
}
