using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Hiring.Talent.Import.Formats;

/// <summary>DOCX resumes, read with DocumentFormat.OpenXml: one line per paragraph, tabs and breaks kept.</summary>
public sealed class DocxResumeFormat : ResumeDocumentFormat
{
    public override IReadOnlyList<string> Extensions { get; } = [".docx"];

    protected override string Kind => "DOCX";

    protected override string ExtractText(Stream document)
    {
        using var word = WordprocessingDocument.Open(document, isEditable: false);
        var body = word.MainDocumentPart?.Document?.Body ?? throw new InvalidDataException("the document has no body");
        var text = new StringBuilder();
        foreach (var paragraph in body.Descendants<Paragraph>())
        {
            foreach (var element in paragraph.Descendants())
            {
                switch (element)
                {
                    case WordText run:
                        text.Append(run.Text);
                        break;
                    case TabChar:
                        text.Append('\t');
                        break;
                    case Break or CarriageReturn:
                        text.Append('\n');
                        break;
                }
            }

            text.Append('\n');
        }

        return text.ToString();
    }
}
