namespace Hiring.Talent.Import.Formats;

/// <summary>Plain-text resumes.</summary>
public sealed class TextResumeFormat : ResumeDocumentFormat
{
    public override IReadOnlyList<string> Extensions { get; } = [".txt"];

    protected override string Kind => "text";

    protected override string ExtractText(Stream document)
    {
        using var reader = new StreamReader(document, leaveOpen: true);
        return reader.ReadToEnd();
    }
}
