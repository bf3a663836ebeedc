using System.Globalization;
using GraphQL.Types;
using Hiring.Contracts.Scheduling;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class AvailabilityWindowType : ObjectGraphType<AvailabilityWindow>
{
    public AvailabilityWindowType()
    {
        Name = "AvailabilityWindow";
        Description = "A weekly window for screens, in the recruiter's time zone.";
        Field<NonNullGraphType<EnumerationGraphType<DayOfWeek>>>("day").Resolve(c => c.Source.Day);
        Field<NonNullGraphType<StringGraphType>>("start").Description("Local time, HH:mm.").Resolve(c => c.Source.Start.ToString("HH:mm", CultureInfo.InvariantCulture));
        Field<NonNullGraphType<StringGraphType>>("end").Description("Local time, HH:mm.").Resolve(c => c.Source.End.ToString("HH:mm", CultureInfo.InvariantCulture));
    }
}
