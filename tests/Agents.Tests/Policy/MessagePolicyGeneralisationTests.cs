using Hiring.Reasoning.Policy;

namespace Hiring.Agents.Tests.Policy;

/// <summary>
/// The message policy reads categories, not phrasings: shared lexicons, preference words however they
/// are spelt or in whatever language, lists and statements read as such.
/// </summary>
public sealed class MessagePolicyGeneralisationTests
{
    /// <summary>A message, the attribute refused, the words that state the preference, and what goes on.</summary>
    public static TheoryData<string, string, string, string> Refused() => new()
    {
        // Age bounds and proxies in other languages, and caps however the years are written.
        { "Waiter in Vienna, höchstens 30 Jahre alt", "age", "höchstens 30 Jahre alt", "Waiter in Vienna" },
        { "Developer in Berlin, nicht älter als 35", "age", "nicht älter als 35", "Developer in Berlin" },
        { "Developer in Madrid, máximo 35 años", "age", "máximo 35 años", "Developer in Madrid" },
        { "Cashier in Lyon, jeune et dynamique", "age", "jeune", "Cashier in Lyon, dynamique" },
        { "Backend engineer in Munich, Go, max 10 years' experience", "age", "max 10 years' experience", "Backend engineer in Munich, Go" },
        { "Sales rep in Miami, no one past 50", "age", "no one past 50", "Sales rep in Miami" },

        // Preference words misspelt or in other languages.
        { "Warehouse operative in Leeds, male candidates prefered", "gender", "male candidates prefered", "Warehouse operative in Leeds" },
        { "Accountant in Paris, de préférence un homme", "gender", "de préférence un homme", "Accountant in Paris" },
        { "Car mechanic in Stuttgart, nur männliche Bewerber", "gender", "nur männliche", "Car mechanic in Stuttgart" },
        { "Marketing manager in Munich, Deutsch als Muttersprache", "national-origin", "Deutsch als Muttersprache", "Marketing manager in Munich" },

        // A group from a lexicon, with a cue, whatever group it is.
        { "Sales rep in Kuala Lumpur, Malay only", "ethnicity", "Malay only", "Sales rep in Kuala Lumpur" },
        { "Customer service in Dublin, Irish only", "national-origin", "Irish only", "Customer service in Dublin" },
        { "Office manager in Houston, must be Christian", "religion", "must be Christian", "Office manager in Houston" },
        { "Consultant in London, single preferred, lots of travel", "marital-status", "single preferred", "Consultant in London" },
        { "write outreach to the top 10 but leave out the mothers", "marital-status", "leave out the mothers", "write outreach to the top 10" },

        // Selecting through a group's network, keeping a team as it is, and a cue inside a lifted list.
        { "Backend engineer in Chicago, shortlist only people from the Women Who Code network", "gender", "only people from the Women Who Code network", "Backend engineer in Chicago, shortlist" },
        { "Data engineer in Berlin. The team is all men, so keep it that way.", "gender", "so keep it that way", "Data engineer in Berlin. The team is all men." },
        { "Data engineer in Berlin, regardless of age, women only", "gender", "women only", "Data engineer in Berlin, regardless of age" },
    };

    /// <summary>Lawful messages that use the same words.</summary>
    public static TheoryData<string> Lawful() =>
    [
        "Backend engineer in Berlin, Go; both interviewers are women",
        "Backend engineer in Toronto; we welcome applicants regardless of age, gender, race, religion or disability",
        "We need 25-35 warehouse operatives in Leeds by June",
        "Senior accountant in Leeds who can mentor young professionals",
        "Social worker supporting older people in Bristol",
        "Youth counsellor in Manchester working with young people aged 16-25",
        "Marketing manager in Berlin; we also post our roles at the Women in Tech meetup",
        "Support agent in Berlin, German only",
        "Backend engineer in Berlin, no German needed",
        "Sales rep, someone who understands Gen Z",
        "In the past 20 years we grew to 300 people; hiring an SRE in Dublin",
    ];

    [Theory]
    [MemberData(nameof(Refused))]
    public void APreferenceIsFoundByItsCategoryWhateverItsPhrasing(string message, string attribute, string phrase, string remaining)
    {
        var screening = PolicyResources.Messages.Screen(message);

        var finding = Assert.Single(screening.Findings);
        Assert.Equal(attribute, finding.Attribute);
        Assert.Equal(phrase, finding.Phrase);
        Assert.Equal(remaining, screening.Remaining);
    }

    [Theory]
    [MemberData(nameof(Lawful))]
    public void TheSameWordsInALawfulMessageAreNotRefused(string message)
    {
        var screening = PolicyResources.Messages.Screen(message);

        Assert.Empty(screening.Findings);
        Assert.Equal(message, screening.Remaining);
    }

    [Fact]
    public void AFragmentMayNameAnotherFragment()
    {
        var rules = new PolicyRuleSet(RulesWith(new() { ["older"] = "older|%elderly%", ["elderly"] = "elderly" }, "%older%"));

        var verdict = new QualificationPolicy(rules).Check("No elderly staff");

        Assert.False(verdict.Allowed);
    }

    [Fact]
    public void AFragmentThatNamesItselfStopsTheLoad()
    {
        var error = Assert.Throws<InvalidDataException>(() => new PolicyRuleSet(RulesWith(new() { ["loop"] = "a|%loop%" }, "%loop%")));

        Assert.Contains("nests fragments", error.Message, StringComparison.Ordinal);
    }

    private static PolicyRulesFile RulesWith(Dictionary<string, string> fragments, string match) => new()
    {
        Version = "1",
        Fragments = fragments,
        Attributes = [new PolicyAttributeEntry { Attribute = "age", Reason = "r", Rules = [new PolicyRuleEntry { Match = match }] }],
    };
}
