using Hiring.Agents.Identity;
using Hiring.Contracts.Autopilot;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;
using Hiring.Contracts.Talent;
using Hiring.Talent;
using Hiring.Talent.Import;

namespace Hiring.Agents.Autopilot;

/// <summary>
/// Applications to a project: the resume (JSON Resume or text; a file import with the applicant
/// origin) is stored in the tenant's own pool as an applicant, and the project's autopilot is told,
/// which adds and evaluates them within seconds. A resume that cannot be read, a person erased on
/// their request, or an unknown project is refused with the reason and changes nothing.
/// </summary>
public sealed class ApplicationDesk(ProfileImporter importer, IGrainFactory grains)
{
    public const int MaxDocumentLength = 200_000;

    /// <summary>One application sent as a document (the API); returns the applicants' ids.</summary>
    public async Task<IReadOnlyList<string>> SubmitAsync(string tenant, string projectId, string document, string fileName, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(document) || document.Length > MaxDocumentLength)
        {
            throw new AssistantRefusalException(RefusalCodes.Invalid, $"An application's resume is 1 to {MaxDocumentLength:N0} characters.");
        }

        await EnsureProjectAsync(tenant, projectId);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(document));
        return await ArriveAsync(tenant, projectId, await importer.ImportAsync(stream, fileName, Options(tenant), cancellationToken));
    }

    /// <summary>Applications imported from files (the CLI's import with the applicant origin and a project); returns the import's result.</summary>
    public async Task<ImportResult> ImportFilesAsync(string tenant, string projectId, IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        await EnsureProjectAsync(tenant, projectId);
        var result = await importer.ImportFilesAsync(paths, Options(tenant), cancellationToken);
        if (!result.AllRejected)
        {
            await ArriveAsync(tenant, projectId, result);
        }

        return result;
    }

    private async Task<IReadOnlyList<string>> ArriveAsync(string tenant, string projectId, ImportResult result)
    {
        var stored = result.Stored ?? [];
        if (stored.Count == 0)
        {
            var reason = result.Rejected.Count > 0 ? result.Rejected[0].Reason : "no resume was found in it";
            throw new AssistantRefusalException(RefusalCodes.Invalid, $"The application could not be taken: {reason}.");
        }

        using (TenantScope.For(tenant))
        {
            var autopilot = grains.GetGrain<IProjectAutopilot>(GrainKeys.Project(tenant, projectId));
            foreach (var id in stored)
            {
                await autopilot.ApplicantArrived(id);
            }
        }

        return stored;
    }

    private async Task EnsureProjectAsync(string tenant, string projectId)
    {
        if (!GrainKeys.IsValidSegment(tenant) || !GrainKeys.IsValidSegment(projectId))
        {
            throw new AssistantRefusalException(RefusalCodes.NotFound, $"There is no project '{projectId}'.");
        }

        using (TenantScope.For(tenant))
        {
            if (!await grains.GetGrain<IHiringProject>(GrainKeys.Project(tenant, projectId)).Exists())
            {
                throw new AssistantRefusalException(RefusalCodes.NotFound, $"There is no project '{projectId}'.");
            }
        }
    }

    private static ImportOptions Options(string tenant) => new(TalentPoolScope.Private(tenant), ProfileOrigin.Applicant);
}
