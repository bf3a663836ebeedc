using System.CommandLine;
using Hiring.Contracts.Talent;
using Hiring.Talent.Import;

namespace Hiring.Gateway.Cli;

/// <summary><c>hiring import FILE... [--tenant T]</c>: import resumes and exports into a pool, printing every rejection.</summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files")
        {
            Description = $"Files to import ({string.Join(", ", ProfileImporter.SupportedExtensions)}).",
            Arity = ArgumentArity.OneOrMore,
        };
        var tenant = new Option<string?>("--tenant") { Description = "Import into this tenant's private pool (default: the public pool)." };
        var origin = new Option<ProfileOrigin>("--origin")
        {
            Description = "How the profiles arrived: Import (files, the default), AtsImport (an ATS export) or Applicant.",
            DefaultValueFactory = _ => ProfileOrigin.Import,
        };
        origin.AcceptOnlyFromAmong(nameof(ProfileOrigin.Import), nameof(ProfileOrigin.AtsImport), nameof(ProfileOrigin.Applicant));
        var project = new Option<string?>("--project") { Description = "Applications to this project of the tenant (with --origin Applicant): each is added to its pipeline and evaluated on arrival." };
        var command = new Command("import", "Import JSON Resume, JSON Lines, CSV, PDF, DOCX and text resumes into a talent pool.") { files, tenant, origin, project };
        command.Validators.Add(r =>
        {
            if (r.GetValue(project) is not null && (r.GetValue(origin) != ProfileOrigin.Applicant || string.IsNullOrWhiteSpace(r.GetValue(tenant))))
            {
                r.AddError("--project takes applications: give --origin Applicant and the project's --tenant.");
            }
        });
        command.SetAction(async (result, cancellationToken) =>
        {
            var output = result.InvocationConfiguration.Output;
            if (result.GetValue(project) is { } applyingTo)
            {
                return await ApplicationsAsync(result, result.GetValue(tenant)!, applyingTo, result.GetValue(files) ?? [], cancellationToken);
            }

            var options = ImportOptions.For(result.GetValue(tenant), result.GetValue(origin));
            await using var services = TalentServices.OpenPools(CommonOptions.ResolveDataDir(result));
            var imported = await services.GetRequiredService<ProfileImporter>()
                .ImportFilesAsync(result.GetValue(files) ?? [], options, cancellationToken);
            output.WriteLine($"{options.Scope}: imported {imported.Imported}, updated {imported.Updated}, rejected {imported.Rejected.Count}");
            foreach (var rejection in imported.Rejected)
            {
                output.WriteLine($"  rejected {rejection.File} ({rejection.Location}): {rejection.Reason}");
            }

            return imported.AllRejected ? 1 : 0;
        });
        return command;
    }

    /// <summary>Applications reach the project's grains, so this starts the product host on the data folder (stop the server first).</summary>
    private static async Task<int> ApplicationsAsync(ParseResult result, string tenant, string projectId, string[] paths, CancellationToken cancellationToken)
    {
        var output = result.InvocationConfiguration.Output;
        await using var host = await Bench.BenchHost.StartAsync(CommonOptions.ResolveDataDir(result));
        try
        {
            var desk = host.App.Services.GetRequiredService<Hiring.Agents.Autopilot.ApplicationDesk>();
            var imported = await desk.ImportFilesAsync(tenant, projectId, paths, cancellationToken);
            output.WriteLine($"applications to {projectId}: imported {imported.Imported}, updated {imported.Updated}, rejected {imported.Rejected.Count}");
            foreach (var rejection in imported.Rejected)
            {
                output.WriteLine($"  rejected {rejection.File} ({rejection.Location}): {rejection.Reason}");
            }

            // The evaluation runs in the project's autopilot: wait for it before the host stops.
            using var scope = Hiring.Agents.Identity.TenantScope.For(tenant);
            var project = host.Client.GetGrain<Hiring.Contracts.Projects.IHiringProject>(Hiring.Agents.Identity.GrainKeys.Project(tenant, projectId));
            var stored = imported.Stored ?? [];
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (DateTime.UtcNow < deadline)
            {
                var pipeline = (await project.Snapshot()).Pipeline.Select(e => e.CandidateId).ToHashSet(StringComparer.Ordinal);
                if (stored.All(pipeline.Contains))
                {
                    break;
                }

                await Task.Delay(200, cancellationToken);
            }

            return imported.AllRejected ? 1 : 0;
        }
        catch (Hiring.Contracts.Supervisor.AssistantRefusalException refusal)
        {
            await result.InvocationConfiguration.Error.WriteLineAsync(refusal.Message);
            return 1;
        }
    }
}
