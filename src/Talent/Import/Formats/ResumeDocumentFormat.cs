using System.Runtime.CompilerServices;
using Hiring.Talent.Import.Text;

namespace Hiring.Talent.Import.Formats;

/// <summary>
/// A resume document (PDF, DOCX, plain text): one person per file. Subclasses extract the text;
/// the resume text parser structures it. A file that cannot be opened is one rejection.
/// </summary>
public abstract class ResumeDocumentFormat : IProfileFileFormat
{
    public abstract IReadOnlyList<string> Extensions { get; }

    /// <summary>What a file of this kind is called in messages: "PDF", "DOCX".</summary>
    protected abstract string Kind { get; }

    public async IAsyncEnumerable<ImportRecord> ReadAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // The document libraries need to seek; a copy also keeps a failed open from leaving a half-read stream.
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        buffer.Position = 0;
        var (text, failure) = TryExtract(buffer);
        if (text is null)
        {
            yield return ImportRecord.Failed("file", failure!);
            yield break;
        }

        var (draft, problem) = ResumeTextParser.Parse(text);
        yield return draft is null ? ImportRecord.Failed("file", problem!) : ImportRecord.Read("file", draft);
    }

    /// <summary>The text of the document, one line per line or paragraph.</summary>
    protected abstract string ExtractText(Stream document);

    private (string? Text, string? Failure) TryExtract(Stream document)
    {
        if (document.Length == 0)
        {
            return (null, $"the file is empty, not a {Kind} document");
        }

        try
        {
            return (ExtractText(document), null);
        }
        catch (Exception error) when (error is not OperationCanceledException and not OutOfMemoryException)
        {
            // The libraries throw many exception types for damaged files; each means "not readable".
            return (null, $"not a readable {Kind} document: {error.Message}");
        }
    }
}
