using GraphQL;
using GraphQL.Types;
using Hiring.Contracts.Talent;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class CandidateType : ObjectGraphType<CandidateProfile>
{
    public CandidateType()
    {
        Name = "Candidate";
        Description = "A profile of the public pool or of the tenant's private pool (contact details are not exposed).";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<EnumerationGraphType<TalentPoolKind>>>("pool").Resolve(c => c.Source.Source.Pool);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("headline").Resolve(c => c.Source.Headline);
        Field<NonNullGraphType<LocationType>>("location").Resolve(c => c.Source.Location);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExperienceType>>>>("experiences").Description("Newest first.").WithComplexityImpact(1, 5).Resolve(c => c.Source.Experiences);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EducationType>>>>("education").WithComplexityImpact(1, 2).Resolve(c => c.Source.Education);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("skills").WithComplexityImpact(1, 10).Resolve(c => c.Source.Skills);
        Field<NonNullGraphType<BooleanGraphType>>("openToWork").Resolve(c => c.Source.OpenToWork);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("lastActive").Resolve(c => c.Source.LastActive);
    }
}
