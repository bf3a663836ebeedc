using GraphQL.Types;
using Hiring.Contracts.Autopilot;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class AutopilotScheduleType : ObjectGraphType<AutopilotSchedule>
{
    public AutopilotScheduleType()
    {
        Name = "AutopilotSchedule";
        Description = "When a project's autopilot runs: nightly at a local time, or every N hours.";
        Field<NonNullGraphType<EnumerationGraphType<AutopilotCadence>>>("cadence").Resolve(c => c.Source.Cadence);
        Field<StringGraphType>("at").Description("For NIGHTLY: the local time HH:mm.").Resolve(c => c.Source.At?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        Field<StringGraphType>("timeZone").Description("For NIGHTLY: the time zone of at (UTC when null).").Resolve(c => c.Source.TimeZone);
        Field<IntGraphType>("hours").Description("For EVERY_HOURS: N.").Resolve(c => c.Source.Hours);
    }
}
