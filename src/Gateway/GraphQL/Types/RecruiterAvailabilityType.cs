using System.Globalization;
using GraphQL.Types;
using Hiring.Contracts.Scheduling;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class RecruiterAvailabilityType : ObjectGraphType<RecruiterAvailability>
{
    public RecruiterAvailabilityType()
    {
        Name = "RecruiterAvailability";
        Description = "When the recruiter takes screens: weekly windows in an IANA time zone, less the days off.";
        Field<NonNullGraphType<StringGraphType>>("timeZone").Resolve(c => c.Source.TimeZone);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AvailabilityWindowType>>>>("windows").Resolve(c => c.Source.Windows);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("daysOff")
            .Description("Dates, yyyy-MM-dd, in the recruiter's zone.")
            .Resolve(c => c.Source.DaysOff.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
    }
}
