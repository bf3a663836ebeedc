using GraphQL.Types;
using Hiring.Contracts.Scheduling;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class ScreenType : ObjectGraphType<Screen>
{
    public ScreenType()
    {
        Name = "Screen";
        Description = "A screen with a candidate: the times offered, and the booked time once the candidate picked one.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("projectId").Resolve(c => c.Source.ProjectId);
        Field<NonNullGraphType<IdGraphType>>("candidateId").Resolve(c => c.Source.CandidateId);
        Field<NonNullGraphType<EnumerationGraphType<ScreenStatus>>>("status").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<StringGraphType>>("timeZone").Description("The recruiter's zone the invitation is written in.").Resolve(c => c.Source.TimeZone);
        Field<NonNullGraphType<IntGraphType>>("minutes").Resolve(c => c.Source.Minutes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DateTimeOffsetGraphType>>>>("slots").Resolve(c => c.Source.Slots);
        Field<DateTimeOffsetGraphType>("start").Resolve(c => c.Source.Start);
        Field<NonNullGraphType<IntGraphType>>("sequence").Description("The invitation's SEQUENCE: one more for each change.").Resolve(c => c.Source.Sequence);
    }
}
