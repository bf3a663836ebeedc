using GraphQL.Types;
using Hiring.Contracts.Autopilot;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class AutopilotSettingsType : ObjectGraphType<AutopilotSettings>
{
    public AutopilotSettingsType()
    {
        Name = "AutopilotSettings";
        Description = "A project's autopilot: whether scheduled runs happen, when, and what each run may spend.";
        Field<NonNullGraphType<BooleanGraphType>>("enabled").Resolve(c => c.Source.Enabled);
        Field<NonNullGraphType<AutopilotScheduleType>>("schedule").Resolve(c => c.Source.Schedule);
        Field<DateTimeOffsetGraphType>("nextRunAt").Resolve(c => c.Source.NextRunAt);
        Field<StringGraphType>("changedBy").Resolve(c => c.Source.ChangedBy);
        Field<DateTimeOffsetGraphType>("changedAt").Resolve(c => c.Source.ChangedAt);
        Field<NonNullGraphType<IntGraphType>>("maxCandidates").Description("Profiles a run may evaluate.").Resolve(c => c.Source.Budget.MaxCandidates);
        Field<NonNullGraphType<LongGraphType>>("maxTokens").Description("Model tokens a run may use.").Resolve(c => c.Source.Budget.MaxTokens);
        Field<NonNullGraphType<DecimalGraphType>>("maxCost").Description("Model cost a run may spend.").Resolve(c => c.Source.Budget.MaxCost);
        Field<NonNullGraphType<IntGraphType>>("maxMinutes").Description("Minutes a run may take.").Resolve(c => (int)c.Source.Budget.MaxWallTime.TotalMinutes);
    }
}
