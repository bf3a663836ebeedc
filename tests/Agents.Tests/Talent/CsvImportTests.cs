using Hiring.Contracts.Talent;

namespace Hiring.Agents.Tests.Talent;

public sealed class CsvImportTests : IDisposable
{
    private const string Header = "name,email,headline,city,region,country,skills,open_to_work,last_active,title,company,start,end,experiences,school,degree,field,start_year,end_year";

    private readonly ImportFixture _import = new();

    public void Dispose() => _import.Dispose();

    [Fact]
    public async Task ImportsEveryDocumentedColumn()
    {
        var csv = $"""
            {Header}
            Priya Nair,priya@example.com,Platform lead,Bangalore,Karnataka,IN,Go;Kubernetes;gRPC,yes,2026-10-30,Staff Engineer,Cloudnine,2021-06,,"Engineer @ Initech, 2015-01 - 2019-02; Senior Engineer @ Globex, Mar 2019 – May 2021",IIT Bombay,BTech,Computer Science,2011,2015
            """;

        var result = await _import.ImportAsync(_import.Write("ats.csv", csv));

        Assert.Equal(1, result.Imported);
        Assert.Empty(result.Rejected);
        var priya = Assert.Single(await _import.PublicProfilesAsync());
        Assert.Equal(("Priya Nair", "Platform lead", true), (priya.Name, priya.Headline, priya.OpenToWork));
        Assert.Equal(new Location("Bangalore", "Karnataka", "IN"), priya.Location);
        Assert.Equal(["Go", "Kubernetes", "gRPC"], priya.Skills);
        Assert.Equal(new DateTimeOffset(2026, 10, 30, 0, 0, 0, TimeSpan.Zero), priya.LastActive);
        Assert.Equal(
            [("Staff Engineer", "Cloudnine", new DateOnly(2021, 6, 1), (DateOnly?)null),
             ("Senior Engineer", "Globex", new DateOnly(2019, 3, 1), new DateOnly(2021, 5, 1)),
             ("Engineer", "Initech", new DateOnly(2015, 1, 1), new DateOnly(2019, 2, 1))],
            priya.Experiences.Select(e => (e.Title, e.Company, e.Start, e.End)));
        Assert.Equal([new Education("IIT Bombay", "BTech", "Computer Science", 2011, 2015)], priya.Education);
        Assert.Equal("ats.csv row 2", priya.Source.Reference);
    }

    [Fact]
    public async Task BadRowsAreRejectedWithTheirRowNumbersWhileTheGoodRowsImport()
    {
        var csv = """
            Name,Email,Title,Company,Start,Open to work
            Ann One,ann@example.com,Engineer,Initech,2020-01,no
            ,nobody@example.com,Engineer,Initech,2020-01,no
            Bob Two,bob@example.com,Engineer,Initech,sometime,no
            Cy Three,cy@example.com,Engineer
            Di "Quoted" Four,di@example.com,Engineer,Initech,2020-01,no
            Ed Five,ed@example.com,Engineer,Initech,2020-01,perhaps
            Flo Six,flo@example.com,Designer,Umbrella,Feb 2018,yes
            """;

        var result = await _import.ImportAsync(_import.Write("mixed.csv", csv));

        Assert.Equal(2, result.Imported);
        Assert.Equal(
            [("row 3", "name is empty"),
             ("row 4", "start 'sometime' is not a date"),
             ("row 5", "the row has a different number of fields than the header"),
             ("row 6", "a quote inside an unquoted field"),
             ("row 7", "open_to_work 'perhaps' is not yes or no")],
            result.Rejected.Select(r => (r.Location, r.Reason.Split(" (")[0])));
        Assert.Equal(["Ann One", "Flo Six"], (await _import.PublicProfilesAsync()).Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AFileWithoutANameColumnIsOneRejection()
    {
        var result = await _import.ImportAsync(_import.Write("wrong.csv", "full_name,email\nAnn,ann@example.com\n"));

        var rejection = Assert.Single(result.Rejected);
        Assert.Equal("row 1", rejection.Location);
        Assert.Contains("no 'name' column", rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEmptyCsvFileIsOneRejection()
    {
        var result = await _import.ImportAsync(_import.Write("empty.csv", string.Empty));

        Assert.Contains("the file is empty", Assert.Single(result.Rejected).Reason, StringComparison.Ordinal);
        Assert.True(result.AllRejected);
    }

    [Fact]
    public async Task ReimportingTheSameCsvUpdatesEveryRow()
    {
        var csv = "name,email\nAnn One,ann@example.com\nBob Two,\n";
        await _import.ImportAsync(_import.Write("people.csv", csv));

        var again = await _import.ImportAsync(_import.Write("people.csv", csv));

        Assert.Equal((0, 2), (again.Imported, again.Updated));
        Assert.Equal(2, (await _import.PublicProfilesAsync()).Count);
    }
}
