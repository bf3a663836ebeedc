using Hiring.Agents.Persistence;
using Hiring.Contracts.Projects;
using Hiring.Storage;

namespace Hiring.Agents.Intake;

/// <summary>A tenant's past projects and hires (key: the tenant id), a durable shell over <see cref="TenantHistoryBook"/>.</summary>
public sealed class TenantHistoryGrain(
    [PersistentState(TenantHistoryGrain.StateName, StorageNames.Hiring)] IPersistentState<TenantHistoryState> state,
    TimeProvider clock) : Grain, ITenantHistory
{
    public const string StateName = "tenant-history";

    private TenantHistoryBook Book => new(state.State, clock);

    public async Task RecordProject(string projectId, string owner, JobSpec spec)
    {
        Book.RecordProject(projectId, owner, spec);
        await state.WriteStateAsync();
    }

    public async Task RecordHire(string projectId, string normalizedTitle, IReadOnlyList<string> skills)
    {
        Book.RecordHire(projectId, normalizedTitle, skills);
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<PastProject>> SimilarProjects(string title, int max) =>
        Task.FromResult(Book.SimilarProjects(title, max));

    public Task<IReadOnlyList<PastProject>> Projects(int max) =>
        Task.FromResult(Book.Projects(max));

    public Task<IReadOnlyList<string>> PastHireSkills(string normalizedTitle) =>
        Task.FromResult(Book.PastHireSkills(normalizedTitle));
}
