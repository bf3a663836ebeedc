using Hiring.Agents.Sourcing;

namespace Hiring.Agents.Tests.Sourcing;

/// <summary>What a search looked for, as a candidate may be told it.</summary>
public sealed class QueryTermsTests
{
    [Fact]
    public void TitlesSkillsAndFreeWordsAreSaidAndExclusionsAreNot()
    {
        var query = """(title:"backend engineer" OR title_key:"software engineer") AND skill:"go" AND (location:"berlin" OR location:"remote") AND NOT company:"acme" AND NOT (skill:"php" OR skill:"perl")""";

        Assert.Equal(["backend engineer", "software engineer", "go"], QueryTerms.LookedFor(query));
    }

    [Fact]
    public void AFreeQueryKeepsItsWordsButNotItsOperatorsOrNegations()
    {
        Assert.Equal(["go", "berlin"], QueryTerms.LookedFor("go AND berlin"));
        Assert.Equal(["kotlin", "android"], QueryTerms.LookedFor("kotlin and (android OR kotlin) -ios NOT \"flutter dev\""));
    }

    [Fact]
    public void NamesCompaniesAndSchoolsAreNeverSaid() =>
        Assert.Empty(QueryTerms.LookedFor("name:\"Bodhi Okafor\" OR company:\"Initech\" OR school:\"TU Berlin\""));
}
