using Hiring.Talent.Import.Text;

namespace Hiring.Agents.Tests.Talent;

public sealed class ResumeTextParserTests
{
    [Fact]
    public void ReadsContactExperienceEducationAndSkillsFromResumeText()
    {
        var (draft, error) = ResumeTextParser.Parse(SampleResume.Text);

        Assert.Null(error);
        SampleResume.AssertRead(draft!);
    }

    [Fact]
    public void ReadsAResumeWithUpperCaseHeadingsAndOneLineRoles()
    {
        var text = """
            JOHN O'NEIL
            Product Manager · Toronto, ON, Canada
            john.oneil@example.org · (416) 555-0199

            PROFILE
            Product manager for B2B SaaS.

            WORK EXPERIENCE
            Globex Corporation | Senior Product Manager | Feb 2020 - Present
            - Owned the payments roadmap
            Initech, Product Owner, 2017 – 2020
            - Ran the backlog

            EDUCATION:
            Master of Business Administration, University of Toronto, 2015 - 2017

            SKILLS
            Roadmapping; A/B Testing; SQL
            LANGUAGES
            English, French
            """;

        var draft = ResumeTextParser.Parse(text).Draft!;

        Assert.Equal(("JOHN O'NEIL", "Product Manager", "john.oneil@example.org", "(416) 555-0199"), (draft.Name, draft.Headline, draft.Email, draft.Phone));
        Assert.Equal(new Hiring.Contracts.Talent.Location("Toronto", "ON", "Canada"), draft.Location);
        Assert.Equal(
            [("Senior Product Manager", "Globex Corporation", new DateOnly(2020, 2, 1), (DateOnly?)null, "Owned the payments roadmap"),
             ("Product Owner", "Initech", new DateOnly(2017, 1, 1), new DateOnly(2020, 1, 1), "Ran the backlog")],
            draft.Experiences.Select(e => (e.Title, e.Company, e.Start, e.End, e.Description)));
        Assert.Equal([new Hiring.Contracts.Talent.Education("University of Toronto", "Master of Business Administration", string.Empty, 2015, 2017)], draft.Education);
        Assert.Equal(["Roadmapping", "A/B Testing", "SQL"], draft.Skills);
        Assert.Equal("Product manager for B2B SaaS.", draft.Summary);
    }

    [Theory]
    [InlineData("Jan 2019 – Present", 2019, 1, null, null)]
    [InlineData("2019-03 - 2022-11", 2019, 3, 2022, 11)]
    [InlineData("March 2017 to June 2019", 2017, 3, 2019, 6)]
    [InlineData("03/2014 – 02/2016", 2014, 3, 2016, 2)]
    [InlineData("2015 - 2018", 2015, 1, 2018, 1)]
    [InlineData("Sept. 2020 — current", 2020, 9, null, null)]
    public void ReadsTheDateRangesResumesUse(string range, int startYear, int startMonth, int? endYear, int? endMonth)
    {
        var roles = ExperienceParser.Parse(["Engineer, Initech", range]);

        var role = Assert.Single(roles);
        Assert.Equal(new DateOnly(startYear, startMonth, 1), role.Start);
        Assert.Equal(endYear is null ? null : new DateOnly(endYear.Value, endMonth!.Value, 1), role.End);
        Assert.Equal(("Engineer", "Initech"), (role.Title, role.Company));
    }

    [Theory]
    [InlineData("Acme GmbH | Data Scientist | 2019-01 - 2020-01", "Data Scientist", "Acme GmbH")]
    [InlineData("Product Manager @ Globex, 2019-01 - 2020-01", "Product Manager", "Globex")]
    [InlineData("St. Mary's Hospital - Registered Nurse 2019-01 - 2020-01", "Registered Nurse", "St. Mary's Hospital")]
    public void TellsTitleFromCompanyOnOneLine(string line, string title, string company)
    {
        var role = Assert.Single(ExperienceParser.Parse([line]));

        Assert.Equal((title, company), (role.Title, role.Company));
    }

    [Fact]
    public void ReadsDegreesWrittenOutInFull()
    {
        var education = EducationParser.Parse(["Bachelor of Science in Physics — ETH Zurich (2010 – 2013)", "MBA, INSEAD Business School, 2018"]);

        Assert.Equal(2, education.Count);
        Assert.Equal(("ETH Zurich", "Bachelor of Science", "Physics", 2010, 2013), (education[0].School, education[0].Degree, education[0].Field, education[0].StartYear, education[0].EndYear));
        Assert.Equal(("INSEAD Business School", "MBA", 2018), (education[1].School, education[1].Degree, education[1].EndYear));
    }

    [Fact]
    public void TextWithoutANameIsNotAResume()
    {
        Assert.Equal("no text found (a scanned image? run OCR first)", ResumeTextParser.Parse(" \n \n").Error);
        Assert.Equal("no name found at the top of the resume", ResumeTextParser.Parse("Experience\nEngineer, Initech\n2019 - 2020").Error);
    }
}
