using Hiring.Agents.Tests.Talent;
using Hiring.Contracts.Talent;

namespace Hiring.Agents.Tests.Policy;

public sealed class PiiMaskerTests
{
    private static readonly CandidateProfile Ana = ProfileBuilder.Person("p1")
        .Named("Ana Lopez")
        .Headline("Mrs. Lopez, senior Go engineer")
        .Summary("Ana is a 32 years old engineer, married with two kids. She leads her team. Reach her at ana@example.com, +49 170 1234567 or https://ana.dev. Nationality: Spanish. Practicing Catholic.")
        .LivesIn("Berlin", "", "DE")
        .Worked("Globex", "Senior Backend Engineer", new DateOnly(2020, 1, 1), description: "Built payment services in Go and Kubernetes; he mentored two juniors. Contact: 030 12345678.")
        .Worked("Acme", "Backend Engineer", new DateOnly(2016, 3, 1), new DateOnly(2019, 12, 1), "Ran Postgres at scale for 2016 - 2019 launches.")
        .Skills("Go", "Kubernetes", "PostgreSQL")
        .Build() with
    {
        Email = "ana@example.com",
        Phone = "+49 170 1234567",
        Education = [new Education("TU Berlin", "MSc", "Computer Science", 2010, 2015)],
    };

    private static CandidateProfile Masked => PolicyResources.Masker.Mask(Ana);

    [Fact]
    public void TheNameBecomesTheCandidatePlaceholderEverywhere()
    {
        Assert.Equal("Candidate", Masked.Name);
        Assert.DoesNotContain("Ana", Masked.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Lopez", Masked.Headline, StringComparison.Ordinal);
        Assert.StartsWith("Candidate is", Masked.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void EmailAndPhoneFieldsAreRemoved()
    {
        Assert.Null(Masked.Email);
        Assert.Null(Masked.Phone);
    }

    [Fact]
    public void EmailsPhonesAndUrlsAreScrubbedFromFreeText()
    {
        var text = Masked.Summary + " " + string.Join(" ", Masked.Experiences.Select(e => e.Description));

        Assert.DoesNotContain("@", text, StringComparison.Ordinal);
        Assert.DoesNotContain("1234567", text, StringComparison.Ordinal);
        Assert.DoesNotContain("12345678", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ana.dev", text, StringComparison.Ordinal);
    }

    [Fact]
    public void GraduationYearsAreRemovedButTheSchoolAndDegreeStay()
    {
        var education = Assert.Single(Masked.Education);

        Assert.Null(education.StartYear);
        Assert.Null(education.EndYear);
        Assert.Equal(("TU Berlin", "MSc", "Computer Science"), (education.School, education.Degree, education.Field));
    }

    [Fact]
    public void AgesMaritalStatusNationalityAndReligionAreRemovedFromTheSummary()
    {
        var summary = Masked.Summary!;

        Assert.DoesNotContain("32", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("married", summary, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("kids", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Spanish", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Catholic", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void GenderedPronounsAndTitlesAreNeutralised()
    {
        Assert.DoesNotContain("Mrs", Masked.Headline, StringComparison.Ordinal);
        Assert.Contains("They leads their team", Masked.Summary, StringComparison.Ordinal);
        Assert.Contains("they mentored two juniors", Masked.Experiences[0].Description, StringComparison.Ordinal);
    }

    [Fact]
    public void SkillsTitlesCompaniesLocationAndRoleDatesAreKept()
    {
        Assert.Equal(Ana.Skills, Masked.Skills);
        Assert.Equal(Ana.Location, Masked.Location);
        Assert.Equal(
            Ana.Experiences.Select(e => (e.Company, e.Title, e.Start, e.End)),
            Masked.Experiences.Select(e => (e.Company, e.Title, e.Start, e.End)));
    }

    [Fact]
    public void EvidenceTextWithoutPersonalDetailsStaysVerbatim()
    {
        Assert.Contains("Built payment services in Go and Kubernetes;", Masked.Experiences[0].Description, StringComparison.Ordinal);
        Assert.Equal("Ran Postgres at scale for 2016 - 2019 launches.", Masked.Experiences[1].Description);
        Assert.Equal("senior Go engineer", Masked.Headline.TrimStart(',', ' ').Replace("Candidate, ", "", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("He is 45 years old and a strong engineer.", "They is and a strong engineer.")]
    [InlineData("Born in 1985, she moved to Berlin.", "they moved to Berlin.")]
    [InlineData("Graduated in 2012 with honours.", "with honours.")]
    [InlineData("Marital status: single. Loves Rust.", "Loves Rust.")]
    [InlineData("US citizen with 10 years in fintech.", "with 10 years in fintech.")]
    [InlineData("Gender: female. Speaks German.", "Speaks German.")]
    [InlineData("Loves Go. Married with two kids. Runs marathons, e.g., Berlin...", "Loves Go. Runs marathons, e.g., Berlin...")]
    public void FreeTextStatementsOfProtectedAttributesAreRemoved(string text, string expected) =>
        Assert.Equal(expected, PolicyResources.Masker.Scrub(text));
}
