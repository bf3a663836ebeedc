using Hiring.Contracts.Talent;
using Hiring.Talent;

namespace Hiring.Agents.Tests.Talent;

public sealed class JsonResumeImportTests : IDisposable
{
    private const string Resume = """
        {
          "basics": {
            "name": "Lena Fischer", "label": "Data Engineer", "email": "Lena.Fischer@Example.com", "phone": "+49 89 555 0100",
            "summary": "Pipelines at scale.", "location": { "city": "Munich", "region": "Bavaria", "countryCode": "DE" }
          },
          "work": [
            { "name": "Datastream GmbH", "position": "Data Engineer", "startDate": "2021-04-01", "summary": "Airflow and Spark pipelines.", "highlights": ["Cut batch time by half"] },
            { "company": "Old Corp", "position": "Analyst", "startDate": "2018-09", "endDate": "2021-03" }
          ],
          "education": [ { "institution": "LMU Munich", "area": "Statistics", "studyType": "MSc", "startDate": "2016", "endDate": "2018" } ],
          "skills": [ { "name": "Data", "keywords": ["Spark", "Airflow", "SQL"] }, { "name": "Python" } ]
        }
        """;

    private readonly ImportFixture _import = new();

    public void Dispose() => _import.Dispose();

    private static string Line(string name, string email) =>
        $$"""{"basics":{"name":"{{name}}","email":"{{email}}"},"work":[{"name":"Initech","position":"Engineer","startDate":"2020-01"}]}""";

    [Fact]
    public async Task ImportsAJsonResumeWithWorkEducationAndSkills()
    {
        var result = await _import.ImportAsync(_import.Write("lena.json", Resume));

        Assert.Equal((1, 0), (result.Imported, result.Updated));
        Assert.Empty(result.Rejected);
        var lena = Assert.Single(await _import.PublicProfilesAsync());
        Assert.Equal(("Lena Fischer", "Data Engineer", "Lena.Fischer@Example.com"), (lena.Name, lena.Headline, lena.Email));
        Assert.Equal(new Location("Munich", "Bavaria", "DE"), lena.Location);
        Assert.Equal(["Datastream GmbH", "Old Corp"], lena.Experiences.Select(e => e.Company));
        Assert.Equal((new DateOnly(2021, 4, 1), (DateOnly?)null), (lena.Experiences[0].Start, lena.Experiences[0].End));
        Assert.Equal(new DateOnly(2021, 3, 1), lena.Experiences[1].End);
        Assert.Equal("Airflow and Spark pipelines.\nCut batch time by half", lena.Experiences[0].Description);
        Assert.Equal([new Education("LMU Munich", "MSc", "Statistics", 2016, 2018)], lena.Education);
        Assert.Equal(["Data", "Spark", "Airflow", "SQL", "Python"], lena.Skills);
        Assert.Equal(new ProfileSource(TalentPoolKind.Public, null, ProfileOrigin.Import, "lena.json"), lena.Source);
    }

    [Fact]
    public async Task LanguagesCertificatesAndProjectsAreKeptInTheSummary()
    {
        const string resume = """
            {
              "basics": { "name": "Ola Nowak", "summary": "Recruiter." },
              "languages": [ { "language": "Polish", "fluency": "Native speaker" }, { "language": "German", "fluency": "Elementary" } ],
              "certificates": [ { "name": "ACCA", "issuer": "Association of Chartered Certified Accountants", "date": "2016" } ],
              "projects": [ { "name": "tinyrender", "description": "A rasterizer in Rust", "keywords": ["Rust", "WebAssembly"] } ]
            }
            """;

        await _import.ImportAsync(_import.Write("ola.json", resume));

        var ola = Assert.Single(await _import.PublicProfilesAsync());
        Assert.Equal(
            "Recruiter.\nLanguages: Polish (Native speaker), German (Elementary).\nCertificates: ACCA (Association of Chartered Certified Accountants, 2016).\nProject tinyrender: A rasterizer in Rust. Keywords: Rust, WebAssembly.",
            ola.Summary);
    }

    [Fact]
    public async Task ImportingTheSamePersonAgainUpdatesTheProfileInsteadOfDuplicatingIt()
    {
        await _import.ImportAsync(_import.Write("lena.json", Resume));
        var changed = Resume.Replace("\"label\": \"Data Engineer\"", "\"label\": \"Senior Data Engineer\"", StringComparison.Ordinal)
            .Replace("Lena.Fischer@Example.com", " lena.fischer@example.com ", StringComparison.Ordinal);

        var again = await _import.ImportAsync(_import.Write("lena-2025.json", changed));

        Assert.Equal((0, 1), (again.Imported, again.Updated));
        var lena = Assert.Single(await _import.PublicProfilesAsync());
        Assert.Equal("Senior Data Engineer", lena.Headline);
        Assert.StartsWith("em-", lena.Id, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PeopleWithoutEmailAreRecognisedByNameAndFirstEmployer()
    {
        var noEmail = """{"basics":{"name":"José Núñez"},"work":[{"name":"Initech","position":"Engineer","startDate":"2020-01"}]}""";
        await _import.ImportAsync(_import.Write("a.json", noEmail));

        var again = await _import.ImportAsync(_import.Write("b.json", noEmail.Replace("José Núñez", "jose  NUNEZ", StringComparison.Ordinal)));

        Assert.Equal((0, 1), (again.Imported, again.Updated));
        Assert.StartsWith("nm-", Assert.Single(await _import.PublicProfilesAsync()).Id, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonLinesImportEveryGoodLineAndRejectTheBadOnesWithTheirLineNumbers()
    {
        var lines = string.Join("\n", Line("Ann One", "ann@example.com"), "", "{\"basics\": {\"name\": \"Broken\"", Line("Bob Two", "bob@example.com"),
            """{"basics":{"email":"x@example.com"}}""", """{"basics":{"name":"Cy"},"work":[{"name":"A","startDate":"last spring"}]}""", "[1,2]");

        var result = await _import.ImportAsync(_import.Write("people.jsonl", lines));

        Assert.Equal(2, result.Imported);
        Assert.Equal(["line 3", "line 5", "line 6", "line 7"], result.Rejected.Select(r => r.Location));
        Assert.All(result.Rejected, r => Assert.EndsWith("people.jsonl", r.File, StringComparison.Ordinal));
        Assert.StartsWith("not valid JSON", result.Rejected[0].Reason, StringComparison.Ordinal);
        Assert.Equal("basics.name is missing", result.Rejected[1].Reason);
        Assert.Contains("work[0].startDate 'last spring' is not a date", result.Rejected[2].Reason, StringComparison.Ordinal);
        Assert.Equal("expected a JSON Resume object, found array", result.Rejected[3].Reason);
    }

    [Fact]
    public async Task TruncatedJsonIsOneRejectionThatSaysWhereItBroke()
    {
        var result = await _import.ImportAsync(_import.Write("cut.json", Resume[..(Resume.Length / 2)]));

        var rejection = Assert.Single(result.Rejected);
        Assert.StartsWith("line ", rejection.Location, StringComparison.Ordinal);
        Assert.StartsWith("not valid JSON", rejection.Reason, StringComparison.Ordinal);
        Assert.True(result.AllRejected);
        Assert.Empty(await _import.PublicProfilesAsync());
    }

    [Fact]
    public async Task AJsonArrayOfResumesImportsEachItem()
    {
        var result = await _import.ImportAsync(_import.Write("two.json", $"[{Line("Ann One", "ann@example.com")},{Line("Bob Two", "bob@example.com")}]"));

        Assert.Equal(2, result.Imported);
    }

    [Fact]
    public async Task ABadFileDoesNotStopTheFilesAfterIt()
    {
        var result = await _import.ImportAsync(_import.Write("cut.json", "{"), _import.Write("notes.xlsx", "x"), "/nowhere/missing.json", _import.Write("ok.json", Resume));

        Assert.Equal(1, result.Imported);
        Assert.Equal(3, result.Rejected.Count);
        Assert.Contains("unsupported file type '.xlsx'", result.Rejected[1].Reason, StringComparison.Ordinal);
        Assert.Equal(("/nowhere/missing.json", "file not found"), (result.Rejected[2].File, result.Rejected[2].Reason));
    }

    [Fact]
    public async Task ATenantImportGoesToThatTenantsPrivatePoolOnly()
    {
        var result = await _import.ImportForTenantAsync("acme", _import.Write("lena.json", Resume));

        Assert.Equal(1, result.Imported);
        Assert.Empty(await _import.PublicProfilesAsync());
        Assert.Equal(0, await _import.Store.CountAsync(TalentPoolScope.Private("globex")));
        var lena = Assert.Single(await _import.Store.ReadAllAsync(TalentPoolScope.Private("acme")).ToListAsync());
        Assert.Equal((TalentPoolKind.Private, "acme"), (lena.Source.Pool, lena.Source.Tenant));
    }

    [Fact]
    public async Task ImportedProfilesAreIndexedInTheirPool()
    {
        await _import.ImportForTenantAsync("acme", _import.Write("lena.json", Resume));

        Assert.Single(_import.Index.Indexed[TalentPoolScope.Private("acme")]);
        Assert.False(_import.Index.Indexed.ContainsKey(TalentPoolScope.Public));
    }
}
