using Hiring.Contracts.Tenancy;
using Orleans.Concurrency;

namespace Hiring.Contracts.Autopilot;

/// <summary>
/// A project's asynchronous work (key: tenant/project): scheduled runs over the profiles new or
/// changed since the last run, and applicants evaluated as they arrive. Refuses another tenant's
/// calls as if the project did not exist, and a project never created with NOT_FOUND.
/// </summary>
[Alias("hiring.autopilot.project")]
public interface IProjectAutopilot : IGrainWithStringKey, ITenantScoped
{
    /// <summary>The autopilot as it stands (off, with the default schedule, for a project never set).</summary>
    Task<AutopilotSettings> Settings();

    /// <summary>
    /// Turns scheduled runs on (with <paramref name="schedule"/>, or the current one when null) or off.
    /// Turning it on for the first time starts the change feed from now: the first run reads what
    /// arrives after this. An invalid schedule is refused (INVALID) and changes nothing.
    /// </summary>
    Task<AutopilotSettings> Configure(bool enabled, AutopilotSchedule? schedule, string by);

    /// <summary>Starts a run now (whether or not scheduled runs are on); returns it, or the run already in progress.</summary>
    Task<AutopilotRun> RunNow(string by);

    /// <summary>The latest runs, newest first (at most <paramref name="max"/>).</summary>
    Task<IReadOnlyList<AutopilotRun>> Runs(int max);

    /// <summary>
    /// A profile that applied to the project arrived (already stored in the tenant's pool): it is
    /// added to the pipeline, evaluated against the approved qualifications within seconds, and the
    /// owner is told. One-way: the application never waits for the evaluation.
    /// </summary>
    [OneWay]
    Task ApplicantArrived(string candidateId);
}
