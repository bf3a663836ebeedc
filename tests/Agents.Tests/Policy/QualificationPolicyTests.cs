using Hiring.Reasoning.Policy;

namespace Hiring.Agents.Tests.Policy;

public sealed class QualificationPolicyTests
{
    public static TheoryData<string> Allowed() =>
    [
        "5+ years of Go",
        "senior",
        "Senior backend engineer",
        "German C1",
        "Fluent English (C1+)",
        "native-level English",
        "EU work authorization",
        "Authorized to work in the EU",
        "Legally authorized to work in the US",
        "Must have the right to work in the UK",
        "able to lift 20 kg with or without accommodation",
        "Able to lift 20 kg",
        "degree in CS or equivalent experience",
        "BSc in Computer Science",
        "Experience debugging race conditions",
        "Single sign-on (SAML, OIDC)",
        "Built single-page applications in React",
        "White-box and black-box testing",
        "Experience selling into Asian markets",
        "3-5 years of experience with Kubernetes",
        "Over 10 years of experience in distributed systems",
        "At least 18 years old (legal requirement for serving alcohol)",
        "Must be 18 or older",
        "Manager of a team of 5",
        "Human resources business partner experience",
        "Maternity leave cover contract (12 months)",
        "Experience with React Native",
        "Eligible for security clearance",
        "0–2 years of experience",
        "Proficient with modern software tools",
        "Based in Berlin or willing to relocate",
        "Strong communication skills",
        "Mentored junior engineers",
        "Experience with health insurance claims data",
        "Churchill-era archives experience",
    ];

    public static TheoryData<string, string> Refused() => new()
    {
        { "under 35", "age" },
        { "Candidates aged 25 to 35", "age" },
        { "between 25 and 35 years old", "age" },
        { "young and dynamic", "age" },
        { "join our energetic young team", "age" },
        { "recent graduate only", "age" },
        { "digital native", "age" },
        { "graduated between 2018 and 2022", "age" },
        { "Class of 2020 or later", "age" },
        { "max 10 years experience", "age" },
        { "no more than 8 years of professional experience", "age" },
        { "male candidates preferred", "gender" },
        { "Must be a woman", "gender" },
        { "Looking for a guy who can code", "gender" },
        { "not pregnant", "pregnancy" },
        { "no plans to have children soon", "pregnancy" },
        { "Practicing Christian", "religion" },
        { "Muslim background", "religion" },
        { "native English speaker", "national-origin" },
        { "German mother tongue", "national-origin" },
        { "Nationality: German", "national-origin" },
        { "Indian origin preferred", "national-origin" },
        { "Must be a US citizen", "citizenship" },
        { "EU citizenship", "citizenship" },
        { "German citizens only", "citizenship" },
        { "No disabilities", "disability" },
        { "physically fit", "disability" },
        { "in good health", "disability" },
        { "no history of mental illness", "disability" },
        { "Married preferred", "marital-status" },
        { "single candidates only", "marital-status" },
        { "no kids", "marital-status" },
        { "white candidates", "ethnicity" },
        { "ethnicity: Caucasian", "ethnicity" },
        { "Race: any except X", "ethnicity" },
        { "straight", "sexual-orientation" },
        { "LGBT candidates excluded", "sexual-orientation" },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void LawfulQualificationsAreAllowed(string text)
    {
        var verdict = PolicyResources.Policy.Check(text);

        Assert.True(verdict.Allowed, $"'{text}' was refused as {verdict.Attribute}: {verdict.Reason}");
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void QualificationsTargetingAProtectedAttributeAreRefusedWithTheAttributeAndReason(string text, string attribute)
    {
        var verdict = PolicyResources.Policy.Check(text);

        Assert.False(verdict.Allowed, $"'{text}' was allowed");
        Assert.Equal(attribute, verdict.Attribute);
        Assert.False(string.IsNullOrWhiteSpace(verdict.Reason));
    }

    [Theory]
    [InlineData("recent graduate only", "0–2 years of experience")]
    [InlineData("native English speaker", "Fluent English (C1+)")]
    [InlineData("German mother tongue", "Fluent German (C1+)")]
    [InlineData("digital native", "Proficient with modern software tools")]
    [InlineData("Must be a US citizen", "Authorized to work in the US")]
    [InlineData("EU citizenship", "Authorized to work in the EU")]
    [InlineData("German citizens only", "Authorized to work in the country of employment")]
    public void ARefusalOffersTheLawfulRewording(string text, string rewording) =>
        Assert.Equal(rewording, PolicyResources.Policy.Check(text).Rewording);

    [Fact]
    public void ARefusalWithoutALawfulAlternativeOffersNoRewording() =>
        Assert.Null(PolicyResources.Policy.Check("male candidates preferred").Rewording);

    [Fact]
    public void TheExperienceCapIsRefusedAsAnAgeProxyAndSaysSo()
    {
        var verdict = PolicyResources.Policy.Check("max 10 years experience");

        Assert.Contains("age", verdict.Reason, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(verdict.Rewording);
    }

    [Fact]
    public void ARuleWithAnInvalidPatternStopsTheLoadWithWhereItIs()
    {
        var file = new PolicyRulesFile
        {
            Version = "1",
            Attributes = [new PolicyAttributeEntry { Attribute = "age", Reason = "r", Rules = [new PolicyRuleEntry { Match = "(unclosed" }] }],
        };

        var error = Assert.Throws<InvalidDataException>(() => new QualificationPolicy(file));

        Assert.Contains("attribute 'age', rule 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ARewordingNamingAnUnknownGroupStopsTheLoad()
    {
        var file = new PolicyRulesFile
        {
            Version = "1",
            Attributes = [new PolicyAttributeEntry { Attribute = "x", Reason = "r", Rules = [new PolicyRuleEntry { Match = "a", Rewording = "{language}" }] }],
        };

        Assert.Throws<InvalidDataException>(() => new QualificationPolicy(file));
    }

    [Fact]
    public void AnAttributeWithoutAReasonStopsTheLoad()
    {
        var file = new PolicyRulesFile
        {
            Version = "1",
            Attributes = [new PolicyAttributeEntry { Attribute = "x", Rules = [new PolicyRuleEntry { Match = "a" }] }],
        };

        Assert.Throws<InvalidDataException>(() => new QualificationPolicy(file));
    }
}
