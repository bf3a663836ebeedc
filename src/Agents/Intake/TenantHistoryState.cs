using Hiring.Contracts.Projects;

namespace Hiring.Agents.Intake;

/// <summary>The tenant's remembered projects and hires, oldest first, bounded by <see cref="TenantHistoryBook"/>.</summary>
[GenerateSerializer, Alias("hiring.intake.tenant-history-state")]
public sealed class TenantHistoryState
{
    [Id(0)]
    public List<PastProject> Projects { get; set; } = [];

    [Id(1)]
    public List<PastHire> Hires { get; set; } = [];
}
