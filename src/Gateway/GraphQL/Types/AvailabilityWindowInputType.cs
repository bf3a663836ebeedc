using GraphQL.Types;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class AvailabilityWindowInputType : InputObjectGraphType
{
    public AvailabilityWindowInputType()
    {
        Name = "AvailabilityWindowInput";
        Description = "A weekly window for screens: a day and local times HH:mm in the recruiter's time zone.";
        Field<NonNullGraphType<EnumerationGraphType<DayOfWeek>>>("day");
        Field<NonNullGraphType<StringGraphType>>("start").Description("HH:mm, e.g. 14:00.");
        Field<NonNullGraphType<StringGraphType>>("end").Description("HH:mm, after start.");
    }
}
