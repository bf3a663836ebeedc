namespace Hiring.Gateway.Cli.Load;

/// <summary>
/// What <c>hiring load</c> runs: <see cref="Recruiters"/> simulated recruiters, recruiter i on
/// <c>Targets[i % Targets.Count]</c> signed in with <c>Keys[i % Keys.Count]</c>, for <see cref="Duration"/>,
/// each pausing <see cref="Think"/> between its operations.
/// </summary>
public sealed record LoadPlan(IReadOnlyList<Uri> Targets, IReadOnlyList<string> Keys, int Recruiters, TimeSpan Duration, TimeSpan Think)
{
    /// <summary>A run is bounded: longer than this is refused.</summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromHours(1);

    public const int MaxRecruiters = 10_000;
}
