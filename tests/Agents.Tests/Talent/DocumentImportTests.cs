namespace Hiring.Agents.Tests.Talent;

public sealed class DocumentImportTests : IDisposable
{
    private readonly ImportFixture _import = new();

    public void Dispose() => _import.Dispose();

    [Fact]
    public async Task APdfResumeIsReadIntoExperienceEducationAndSkills()
    {
        var result = await _import.ImportAsync(_import.Write("maria.pdf", TestDocuments.Pdf(SampleResume.Lines)));

        Assert.Empty(result.Rejected);
        SampleResume.AssertRead(Assert.Single(await _import.PublicProfilesAsync()));
    }

    [Fact]
    public async Task ADocxResumeIsReadIntoExperienceEducationAndSkills()
    {
        var result = await _import.ImportAsync(_import.Write("maria.docx", TestDocuments.Docx(SampleResume.Lines)));

        Assert.Empty(result.Rejected);
        SampleResume.AssertRead(Assert.Single(await _import.PublicProfilesAsync()));
    }

    [Fact]
    public async Task ThePdfAndDocxOfOnePersonAreOneProfile()
    {
        await _import.ImportAsync(_import.Write("maria.pdf", TestDocuments.Pdf(SampleResume.Lines)));

        var again = await _import.ImportAsync(_import.Write("maria.docx", TestDocuments.Docx(SampleResume.Lines)));

        Assert.Equal((0, 1), (again.Imported, again.Updated));
        Assert.Single(await _import.PublicProfilesAsync());
    }

    [Fact]
    public async Task AFileThatIsNotAPdfIsRejectedWhileTheOtherFilesImport()
    {
        var result = await _import.ImportAsync(
            _import.Write("fake.pdf", "this is a plain text file pretending to be a PDF"),
            _import.Write("maria.docx", TestDocuments.Docx(SampleResume.Lines)));

        Assert.Equal(1, result.Imported);
        var rejection = Assert.Single(result.Rejected);
        Assert.Equal(("file", true), (rejection.Location, rejection.File.EndsWith("fake.pdf", StringComparison.Ordinal)));
        Assert.StartsWith("not a readable PDF document", rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APdfWithoutTextIsRejectedAsAScan()
    {
        var result = await _import.ImportAsync(_import.Write("scan.pdf", TestDocuments.Pdf([])));

        Assert.Equal("no text found (a scanned image? run OCR first)", Assert.Single(result.Rejected).Reason);
    }

    [Fact]
    public async Task AnEmptyDocxIsRejected()
    {
        var result = await _import.ImportAsync(_import.Write("empty.docx", []), _import.Write("blank.docx", TestDocuments.Docx([])));

        Assert.Equal(2, result.Rejected.Count);
        Assert.Equal("the file is empty, not a DOCX document", result.Rejected[0].Reason);
        Assert.Equal("no text found (a scanned image? run OCR first)", result.Rejected[1].Reason);
        Assert.True(result.AllRejected);
    }

    [Fact]
    public async Task ADamagedDocxIsRejectedWithTheReason()
    {
        var docx = TestDocuments.Docx(SampleResume.Lines);

        var result = await _import.ImportAsync(_import.Write("cut.docx", docx[..(docx.Length / 2)]));

        Assert.StartsWith("not a readable DOCX document", Assert.Single(result.Rejected).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APlainTextResumeImportsLikeTheDocuments()
    {
        var result = await _import.ImportAsync(_import.Write("maria.txt", SampleResume.Text));

        Assert.Equal(1, result.Imported);
        SampleResume.AssertRead(Assert.Single(await _import.PublicProfilesAsync()));
    }
}
