using System.Globalization;
using GraphQL;
using GraphQL.Types;
using Hiring.Agents.Autopilot;
using Hiring.Contracts.Autopilot;
using Hiring.Contracts.Supervisor;
using Hiring.Gateway.GraphQL.Types;

namespace Hiring.Gateway.GraphQL.Schema.Projects;

/// <summary>
/// A project's autopilot from the API: its settings and runs, turning it on, off or rescheduling it,
/// a run now, and applications that arrive for the project (evaluated within seconds).
/// </summary>
public static class AutopilotFields
{
    public const int MaxRuns = 30;

    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<AutopilotSettingsType>>("autopilot")
            .Description("The project's autopilot: on or off, its schedule, the next run and each run's budget.")
            .Argument<NonNullGraphType<IdGraphType>>("projectId")
            .ResolveAsync(async c => await c.ProjectAgent<IProjectAutopilot>(c.GetArgument<string>("projectId")).Settings());

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AutopilotRunType>>>>("autopilotRuns")
            .Description("The project's latest autopilot runs, newest first (the one in progress first), with counts, budget use and digest; at most 30.")
            .Argument<NonNullGraphType<IdGraphType>>("projectId")
            .Argument<IntGraphType>("last", a => a.DefaultValue = 10)
            .ResolveAsync(async c =>
            {
                var last = c.GetArgument<int>("last");
                if (last is < 1 or > MaxRuns)
                {
                    throw new ExecutionError($"last must be 1 to {MaxRuns}.") { Code = RefusalCodes.Invalid };
                }

                return await c.ProjectAgent<IProjectAutopilot>(c.GetArgument<string>("projectId")).Runs(last);
            });
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<AutopilotSettingsType>>("setAutopilot")
            .Description("Turns the project's autopilot on or off, optionally with a schedule: NIGHTLY at a local time (at HH:mm, timeZone) or EVERY_HOURS (hours 1 to 168). Without a cadence the schedule stays as it is.")
            .Argument<NonNullGraphType<IdGraphType>>("projectId")
            .Argument<NonNullGraphType<BooleanGraphType>>("enabled")
            .Argument<EnumerationGraphType<AutopilotCadence>>("cadence")
            .Argument<StringGraphType>("at")
            .Argument<StringGraphType>("timeZone")
            .Argument<IntGraphType>("hours")
            .ResolveAsync(async c =>
            {
                var autopilot = c.ProjectAgent<IProjectAutopilot>(c.GetArgument<string>("projectId"));
                return await autopilot.Configure(c.GetArgument<bool>("enabled"), Schedule(c), c.Recruiter().RecruiterKey);
            });

        mutation.Field<NonNullGraphType<AutopilotRunType>>("runAutopilot")
            .Description("Starts an autopilot run of the project now (or returns the one in progress). The first run of a project reads what arrived after its autopilot was first set.")
            .Argument<NonNullGraphType<IdGraphType>>("projectId")
            .ResolveAsync(async c => await c.ProjectAgent<IProjectAutopilot>(c.GetArgument<string>("projectId")).RunNow(c.Recruiter().RecruiterKey));

        mutation.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("submitApplication")
            .Description("An application to the project: the resume (plain text, or a JSON Resume document) is stored in the tenant's pool as an applicant, added to the pipeline and evaluated within seconds; the owner is told. Returns the applicant's candidate id.")
            .Argument<NonNullGraphType<IdGraphType>>("projectId")
            .Argument<NonNullGraphType<StringGraphType>>("resume")
            .Argument<EnumerationGraphType<ResumeFormat>>("format", a => a.DefaultValue = ResumeFormat.Text)
            .ResolveAsync(async c =>
            {
                var desk = c.RequestServices!.GetRequiredService<ApplicationDesk>();
                var fileName = c.GetArgument<ResumeFormat>("format") == ResumeFormat.JsonResume ? "application.json" : "application.txt";
                return await desk.SubmitAsync(c.Recruiter().Tenant, c.GetArgument<string>("projectId"), c.GetArgument<string>("resume"), fileName);
            });
    }

    private static AutopilotSchedule? Schedule(IResolveFieldContext c)
    {
        if (c.GetArgument<AutopilotCadence?>("cadence") is not { } cadence)
        {
            return null;
        }

        TimeOnly? at = null;
        if (c.GetArgument<string?>("at") is { Length: > 0 } text)
        {
            at = TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                ? parsed
                : throw new ExecutionError("at is a local time HH:mm, e.g. 02:00.") { Code = RefusalCodes.Invalid };
        }

        return new AutopilotSchedule(cadence, at, c.GetArgument<string?>("timeZone"), c.GetArgument<int?>("hours"));
    }

    /// <summary>How an application's resume is written.</summary>
    public enum ResumeFormat
    {
        Text,
        JsonResume,
    }
}
