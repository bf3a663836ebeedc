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
        var command = new Command("import", "Import JSON Resume, JSON Lines, CSV, PDF, DOCX and text resumes into a talent pool.") { files, tenant, origin };
        command.SetAction(async (result, cancellationToken) =>
        {
            var output = result.InvocationConfiguration.Output;
            var options = ImportOptions.For(result.GetValue(tenant), result.GetValue(origin));
            await using var services = TalentServices.Open(CommonOptions.ResolveDataDir(result));
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
}
