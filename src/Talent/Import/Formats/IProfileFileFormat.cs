namespace Hiring.Talent.Import.Formats;

/// <summary>One kind of file the importer reads. A reader reports a bad record and goes on to the next.</summary>
public interface IProfileFileFormat
{
    /// <summary>File name endings this format reads, with the dot: ".csv".</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>The records of the file, each a draft or the reason it was rejected, with its location.</summary>
    IAsyncEnumerable<ImportRecord> ReadAsync(Stream stream, CancellationToken cancellationToken);
}
