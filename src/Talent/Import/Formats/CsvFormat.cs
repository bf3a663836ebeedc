using System.Runtime.CompilerServices;
using CsvHelper;

namespace Hiring.Talent.Import.Formats;

/// <summary>
/// CSV with a header row (columns in Import/README.md), read with CsvHelper. Rows are numbered
/// like a spreadsheet: the header is row 1. A row with a wrong number of fields, broken quoting
/// or a bad value is rejected alone; the rows around it still import.
/// </summary>
public sealed class CsvFormat : IProfileFileFormat
{
    public IReadOnlyList<string> Extensions { get; } = [".csv"];

    public async IAsyncEnumerable<ImportRecord> ReadAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var malformed = new Queue<ImportRecord>();
        var options = new CsvReaderOptions
        {
            NormalizeHeaderName = NormalizeHeader,
            TrimWhitespace = true,
            TrackLineNumbers = true,
            // One stray quote must not swallow the rest of the file into one field.
            AllowLineBreaksInQuotes = false,
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Skip,
            OnMalformedRecord = record => malformed.Enqueue(ImportRecord.Failed($"row {record.LineNumber}", Describe(record.Reason))),
        };
        await using var csv = CsvReader.Create(stream, options, leaveOpen: true);
        await csv.ReadHeaderAsync(cancellationToken);
        if (!csv.TryGetFieldIndex("name", out _))
        {
            yield return ImportRecord.Failed("row 1", csv.Headers.Count == 0
                ? "the file is empty: expected a header row with at least a 'name' column"
                : $"the header has no 'name' column (found: {string.Join(", ", csv.Headers)})");
            yield break;
        }

        while (await csv.ReadAsync(cancellationToken))
        {
            while (malformed.TryDequeue(out var rejected))
            {
                yield return rejected;
            }

            yield return Map(csv);
        }

        while (malformed.TryDequeue(out var rejected))
        {
            yield return rejected;
        }
    }

    private static ImportRecord Map(CsvReader csv)
    {
        var location = $"row {csv.LineNumber}";
        try
        {
            var (draft, error) = CsvProfileRowMapper.Map(csv.GetRecord<CsvProfileRow>());
            return draft is null ? ImportRecord.Failed(location, error!) : ImportRecord.Read(location, draft);
        }
        catch (CsvFormatException error)
        {
            return ImportRecord.Failed(location, error.Message);
        }
    }

    private static string NormalizeHeader(string header) =>
        header.Trim().ToLowerInvariant().Replace(' ', '_').Replace('-', '_');

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.FieldCountMismatch => "the row has a different number of fields than the header",
        CsvMalformedReason.StrayQuote => "a quote inside an unquoted field",
        CsvMalformedReason.TextAfterClosingQuote => "text after the closing quote of a field",
        CsvMalformedReason.UnterminatedQuote => "a quoted field that is never closed",
        CsvMalformedReason.LineBreakInQuotes => "a quoted field that is never closed on its line",
        _ => $"malformed CSV ({reason})",
    };
}
