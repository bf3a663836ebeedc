using GraphQL;
using GraphQL.Types;
using Hiring.Contracts.Projects;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class JobSpecType : ObjectGraphType<JobSpec>
{
    public JobSpecType()
    {
        Name = "JobSpec";
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Title);
        Field<NonNullGraphType<StringGraphType>>("normalizedTitle").Resolve(c => c.Source.NormalizedTitle);
        Field<NonNullGraphType<StringGraphType>>("seniority").Description("Empty when unknown.").Resolve(c => c.Source.Seniority);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("locations").WithComplexityImpact(1, 3).Resolve(c => c.Source.Locations);
        Field<NonNullGraphType<EnumerationGraphType<RemotePolicy>>>("remote").Resolve(c => c.Source.Remote);
        Field<NonNullGraphType<EnumerationGraphType<EmploymentType>>>("employment").Resolve(c => c.Source.Employment);
        Field<NonNullGraphType<StringGraphType>>("description").Resolve(c => c.Source.Description);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FaqEntryType>>>>("faq").WithComplexityImpact(1, 3).Resolve(c => c.Source.Faq);
        Field<IntGraphType>("minYears").Resolve(c => c.Source.MinYears);
    }
}
