using Hiring.Contracts.Talent;
using Hiring.Talent.Import.Formats;

namespace Hiring.Talent.Import;

/// <summary>
/// Imports profiles from files: JSON Resume (.json, .jsonl/.ndjson), CSV, PDF, DOCX and plain
/// text. Each person gets a stable id (see <see cref="ProfileIdentity"/>), so importing them again
/// updates their profile, and a person erased from the pool is refused by that id with the reason
/// (never stored or indexed again). A bad record is rejected with its location and reason and the rest
/// go on; an unreadable file is one rejection. Stored profiles are indexed when an index is registered.
/// </summary>
public sealed class ProfileImporter(IProfileStore store, TimeProvider time, ITalentIndex? index = null)
{
    private static readonly IProfileFileFormat[] Formats =
        [new JsonResumeFormat(), new JsonLinesFormat(), new CsvFormat(), new PdfResumeFormat(), new DocxResumeFormat(), new TextResumeFormat()];

    /// <summary>File name endings the importer reads.</summary>
    public static IReadOnlyList<string> SupportedExtensions { get; } = [.. Formats.SelectMany(f => f.Extensions)];

    public async Task<ImportResult> ImportFilesAsync(IEnumerable<string> paths, ImportOptions options, CancellationToken cancellationToken = default)
    {
        var batch = new ImportBatch(store, index, options.Scope);
        foreach (var path in paths)
        {
            if (!File.Exists(path))
            {
                batch.Reject(path, "file", "file not found");
                continue;
            }

            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);
            await ReadAsync(batch, stream, path, options, cancellationToken);
        }

        await batch.FlushAsync(cancellationToken);
        return batch.Result();
    }

    /// <summary>Imports one file's content; <paramref name="fileName"/> picks the format by its ending and names the file in rejections.</summary>
    public async Task<ImportResult> ImportAsync(Stream stream, string fileName, ImportOptions options, CancellationToken cancellationToken = default)
    {
        var batch = new ImportBatch(store, index, options.Scope);
        await ReadAsync(batch, stream, fileName, options, cancellationToken);
        await batch.FlushAsync(cancellationToken);
        return batch.Result();
    }

    private async Task ReadAsync(ImportBatch batch, Stream stream, string fileName, ImportOptions options, CancellationToken cancellationToken)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var format = Formats.FirstOrDefault(f => f.Extensions.Contains(extension));
        if (format is null)
        {
            batch.Reject(fileName, "file", $"unsupported file type '{extension}' (expected {string.Join(", ", SupportedExtensions)})");
            return;
        }

        try
        {
            await foreach (var record in format.ReadAsync(stream, cancellationToken))
            {
                if (record.Draft is null)
                {
                    batch.Reject(fileName, record.Location, record.Error ?? "unreadable record");
                    continue;
                }

                await batch.AddAsync(Stamp(record.Draft, Path.GetFileName(fileName), record.Location, options), fileName, record.Location, cancellationToken);
            }
        }
        catch (Exception error) when (error is IOException or CsvHelper.CsvFormatException or InvalidDataException)
        {
            batch.Reject(fileName, "file", $"could not be read: {error.Message}");
        }
    }

    private CandidateProfile Stamp(CandidateProfile draft, string fileName, string location, ImportOptions options)
    {
        var now = time.GetUtcNow();
        var pool = options.Scope.IsPublic ? TalentPoolKind.Public : TalentPoolKind.Private;
        return draft with
        {
            Id = ProfileIdentity.IdFor(draft),
            Source = new ProfileSource(pool, options.Scope.Tenant, options.Origin, location == "file" || location == "document" ? fileName : $"{fileName} {location}"),
            UpdatedAt = now,
            LastActive = draft.LastActive == default ? now : draft.LastActive,
        };
    }
}
