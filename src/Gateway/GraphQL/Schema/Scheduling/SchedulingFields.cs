using System.Globalization;
using GraphQL;
using GraphQL.Types;
using Hiring.Agents.Identity;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Scheduling;
using Hiring.Contracts.Supervisor;
using Hiring.Gateway.GraphQL.Types;

namespace Hiring.Gateway.GraphQL.Schema.Scheduling;

/// <summary>Scheduling: the recruiter's availability (query and set), a project's screens, and moving or cancelling a screen.</summary>
public static class SchedulingFields
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<RecruiterAvailabilityType>("availability")
            .Description("When the caller takes screens; null until set.")
            .ResolveAsync(async c => await c.Assistant().GetAvailability());

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScreenType>>>>("screens")
            .Description("The project's screens, latest first.")
            .Argument<NonNullGraphType<IdGraphType>>("projectId")
            .ResolveAsync(async c => await Outreach(c).Screens());
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<RecruiterAvailabilityType>>("setAvailability")
            .Description("Replaces the caller's availability. An unknown time zone or a window that ends before it starts is refused and changes nothing.")
            .Argument<NonNullGraphType<StringGraphType>>("timeZone")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<AvailabilityWindowInputType>>>>("windows")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("daysOff")
            .ResolveAsync(async c => await c.Assistant().SetAvailability(new RecruiterAvailability(
                c.GetArgument<string>("timeZone").Trim(),
                [.. c.GetArgument<List<Dictionary<string, object?>>>("windows").Select(Window)],
                [.. (c.GetArgument<List<string>?>("daysOff") ?? []).Select(Date)])));

        mutation.Field<NonNullGraphType<ScreenType>>("rescheduleScreen")
            .Description("Moves a booked screen to another start; the candidate receives the updated invitation (same UID, higher SEQUENCE).")
            .Argument<NonNullGraphType<IdGraphType>>("projectId")
            .Argument<NonNullGraphType<IdGraphType>>("screenId")
            .Argument<NonNullGraphType<DateTimeOffsetGraphType>>("start")
            .ResolveAsync(async c => await Outreach(c).MoveScreen(c.GetArgument<string>("screenId"), c.GetArgument<DateTimeOffset>("start")));

        mutation.Field<NonNullGraphType<ScreenType>>("cancelScreen")
            .Description("Cancels a screen; a booked one's candidate receives the cancellation (METHOD:CANCEL).")
            .Argument<NonNullGraphType<IdGraphType>>("projectId")
            .Argument<NonNullGraphType<IdGraphType>>("screenId")
            .ResolveAsync(async c => await Outreach(c).CancelScreen(c.GetArgument<string>("screenId"), null));
    }

    private static IOutreachAgent Outreach(IResolveFieldContext context)
    {
        var projectId = context.GetArgument<string>("projectId");
        if (!GrainKeys.IsValidSegment(projectId))
        {
            throw RefusalErrors.NotFound();
        }

        var grains = (context.RequestServices ?? throw new InvalidOperationException("No request services.")).GetRequiredService<IGrainFactory>();
        return grains.GetGrain<IOutreachAgent>(GrainKeys.Project(context.Recruiter().Tenant, projectId));
    }

    private static AvailabilityWindow Window(Dictionary<string, object?> window) =>
        new(window["day"] switch { DayOfWeek day => day, var other => Enum.Parse<DayOfWeek>(Convert.ToString(other, CultureInfo.InvariantCulture) ?? "", ignoreCase: true) },
            Time((string)window["start"]!), Time((string)window["end"]!));

    private static TimeOnly Time(string text) =>
        TimeOnly.TryParseExact(text.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw new ExecutionError($"'{text}' is not a time HH:mm.") { Code = RefusalCodes.Invalid };

    private static DateOnly Date(string text) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ExecutionError($"'{text}' is not a date yyyy-MM-dd.") { Code = RefusalCodes.Invalid };
}
