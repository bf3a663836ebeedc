using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Hiring.Talent.Import.Formats;

/// <summary>PDF resumes, read with PdfPig in reading order.</summary>
public sealed class PdfResumeFormat : ResumeDocumentFormat
{
    public override IReadOnlyList<string> Extensions { get; } = [".pdf"];

    protected override string Kind => "PDF";

    protected override string ExtractText(Stream document)
    {
        using var pdf = PdfDocument.Open(document);
        return string.Join("\n", pdf.GetPages().Select(page => ContentOrderTextExtractor.GetText(page)));
    }
}
