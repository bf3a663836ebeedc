using Hiring.Reasoning.BuiltIn;
using Hiring.Reasoning.Understanding.Titles;
using Hiring.Talent.Synthetic;

namespace Hiring.Agents.Tests.Understanding.Titles;

public class TitleVocabularyTests
{
    private static TitleVocabulary Vocabulary => TitleResources.Vocabulary;

    [Fact]
    public void TheVocabularyHoldsOverAThousandTitlesOfWhichOverFiveHundredAreCurated()
    {
        var vocabulary = TitleVocabulary.Load(TitleResources.Prompts);

        Assert.True(vocabulary.Count >= 1000, $"{vocabulary.Count} titles");
        Assert.True(vocabulary.Entries.Count(e => e.Source == TitleSource.Product) >= 500);
        Assert.True(vocabulary.Entries.Count(e => e.Source == TitleSource.Esco) >= 1000);
    }

    [Fact]
    public void EveryPoolSpecialtyAndManagementTitleResolvesToItself()
    {
        var titles = RoleFamilies.All.SelectMany(f => f.Clusters.Select(c => c.Specialty).Append(f.ManagerTitle).Append(f.DirectorTitle));
        Assert.All(titles, title => Assert.Equal(title.ToLowerInvariant(), Vocabulary.Canonical(title)));
        Assert.All(titles, title => Assert.Equal(TitleSource.Product, Vocabulary.Entry(title)!.Source));
    }

    [Theory]
    [InlineData("SRE", "site reliability engineer")]
    [InlineData("AE", "account executive")]
    [InlineData("SDR", "sales development representative")]
    [InlineData("BDR", "sales development representative")]
    [InlineData("RN", "registered nurse")]
    [InlineData("PM", "product manager")]
    [InlineData("EM", "engineering manager")]
    [InlineData("TPM", "technical program manager")]
    [InlineData("MLE", "machine learning engineer")]
    [InlineData("ML/AI engineer", "machine learning engineer")]
    [InlineData("AI engineer", "machine learning engineer")]
    [InlineData("SWE", "software engineer")]
    [InlineData("SDE", "software engineer")]
    [InlineData("SDET", "software development engineer in test")]
    [InlineData("QA", "quality assurance engineer")]
    [InlineData("DBA", "database administrator")]
    [InlineData("CSM", "customer success manager")]
    [InlineData("HRBP", "hr business partner")]
    [InlineData("FP&A analyst", "fp&a analyst")]
    [InlineData("front-end dev", "frontend engineer")]
    [InlineData("fullstack dev", "full stack engineer")]
    [InlineData("NP", "nurse practitioner")]
    [InlineData("LPN", "licensed practical nurse")]
    [InlineData("events coordinator", "event coordinator")]
    [InlineData("events manager", "event manager")]
    [InlineData("town planner", "urban planner")]
    [InlineData("shift supervisor", "shift supervisor")]
    [InlineData("QS", "quantity surveyor")]
    [InlineData("CNA", "certified nursing assistant")]
    [InlineData("CTO", "chief technology officer")]
    [InlineData("VP Sales", "vp of sales")]
    [InlineData("VP, Sales", "vp of sales")]
    [InlineData("area manager", "district manager")]
    [InlineData("QC microbiologist", "microbiologist")]
    [InlineData("technical superintendent", "marine superintendent")]
    public void AbbreviationsNameTheirTitles(string written, string canonical)
    {
        Assert.Equal(canonical, Vocabulary.Canonical(written));
    }

    [Theory]
    [InlineData("team leader")]
    [InlineData("shift leader")]
    [InlineData("section leader")]
    public void AGenericLeaderIsATeamLeaderNotAZoosSectionLeader(string written)
    {
        Assert.Equal("team leader", Vocabulary.Canonical(written));
    }

    [Theory]
    [InlineData("We need three nurses in Boston", "registered nurse", "nurses")]
    [InlineData("Hiring two AEs for Denver", "account executive", "AEs")]
    [InlineData("Our PMs own the roadmap", "product manager", "PMs")]
    [InlineData("Looking for Back-End Developers", "backend engineer", "Back-End Developers")]
    [InlineData("five SREs, remote", "site reliability engineer", "SREs")]
    public void PluralsFindTheirTitles(string message, string canonical, string written)
    {
        var match = Assert.Single(Vocabulary.Find(message));
        Assert.Equal(canonical, match.Value.Name);
        Assert.Equal(written, match.Text);
        Assert.Equal(written, message.Substring(match.Start, match.Length));
    }

    [Theory]
    [InlineData("Can we talk at 3pm?")]
    [InlineData("Can we talk at 3 pm?")]
    [InlineData("Use an em dash there")]
    [InlineData("I'm busy rn, later")]
    [InlineData("the ae in archaeology")]
    [InlineData("qa of the new release")]
    [InlineData("Pennsylvania, PA, is fine")]
    public void CaseSensitiveAbbreviationsIgnoreEverydayWords(string message)
    {
        Assert.Empty(Vocabulary.Find(message));
    }

    [Theory]
    [InlineData("Senior Backend Developer", "backend engineer")]
    [InlineData("Sr. Frontend Engineer II", "frontend engineer")]
    [InlineData("Backend Developer (Senior)", "backend engineer")]
    [InlineData("Lead Product Designer", "product designer")]
    [InlineData("Principal Data Scientist", "data scientist")]
    [InlineData("Junior Accountant", "accountant")]
    [InlineData("Software Engineer L5", "software engineer")]
    [InlineData("Senior Associate Product Manager", "associate product manager")]
    [InlineData("Staff Nurse", "registered nurse")]
    [InlineData("Senior Director of Engineering", "director of engineering")]
    [InlineData("Head of Design", "head of design")]
    [InlineData("Senior Registered Nurses", "registered nurse")]
    public void SeniorityIsStrippedFromAWrittenTitle(string written, string canonical)
    {
        Assert.Equal(canonical, Vocabulary.Canonical(written));
    }

    [Theory]
    [InlineData("senior")]
    [InlineData("Senior Backend Developer at Google")]
    [InlineData("engineer")]
    [InlineData("kotlin wizard")]
    public void WhatIsNotATitleHasNoCanonicalTitle(string written)
    {
        Assert.Null(Vocabulary.Canonical(written));
    }

    [Theory]
    [InlineData("pharmacist", TitleSource.Product)]
    [InlineData("warehouse manager", TitleSource.Esco)]
    [InlineData("food safety specialist", TitleSource.Esco)]
    [InlineData("hydrogeologist", TitleSource.Esco)]
    [InlineData("sommelier", TitleSource.Product)]
    public void EscoFillsTheLongTail(string title, TitleSource source)
    {
        var entry = Vocabulary.Entry(title);
        Assert.NotNull(entry);
        Assert.Equal(title, entry.Name);
        Assert.Equal(source, entry.Source);
        Assert.Equal(title, Vocabulary.Canonical($"Senior {title}s"));
    }

    [Fact]
    public void AnEscoOccupationThatIsAlsoAProductTitleAddsItsAliasesToIt()
    {
        Assert.Equal("pharmacist", Vocabulary.Canonical("dispensing chemist"));
        Assert.Equal("software engineer", Vocabulary.Canonical("software developer"));
        Assert.Equal("software engineer", Vocabulary.Canonical("application programmer"));
        Assert.Equal("warehouse manager", Vocabulary.Canonical("warehouse operations manager"));
        Assert.Equal("isco 1324", Vocabulary.Family("warehouse manager"));
    }

    [Theory]
    [InlineData("site reliability engineer", "devops engineer")]
    [InlineData("platform engineer", "devops engineer")]
    [InlineData("product owner", "product manager")]
    [InlineData("technical product manager", "product manager")]
    [InlineData("fp&a analyst", "financial analyst")]
    [InlineData("ui designer", "product designer")]
    [InlineData("data analyst", "data scientist")]
    [InlineData("account manager", "account executive")]
    public void DistinctSpecialtiesStayDistinct(string one, string other)
    {
        Assert.Equal(one, Vocabulary.Canonical(one));
        Assert.Equal(other, Vocabulary.Canonical(other));
    }

    [Fact]
    public void FamiliesAndVariantsDescribeATitle()
    {
        Assert.Equal("infrastructure", Vocabulary.Family("SRE"));
        Assert.Equal("engineering leadership", Vocabulary.Family("engineering manager"));
        Assert.Contains("site reliability engineer", Vocabulary.TitlesInFamily("Infrastructure"));
        Assert.Contains("devops engineer", Vocabulary.TitlesInFamily("infrastructure"));
        Assert.DoesNotContain("engineering manager", Vocabulary.TitlesInFamily("software engineering"));
        Assert.Equal("site reliability engineer", Vocabulary.Variants("SRE")[0]);
        Assert.Contains("sre", Vocabulary.Variants("site reliability engineer"));
        Assert.Contains("PM", Vocabulary.Variants("product manager"));
        Assert.Empty(Vocabulary.Variants("kotlin wizard"));
        Assert.Null(Vocabulary.Family("kotlin wizard"));
        Assert.Contains("sre", Vocabulary.AllForms);
    }

    [Fact]
    public void FindGivesEachTitleItsSpanInTheMessage()
    {
        const string message = "We need two Senior SREs and a PM in Berlin, plus a warehouse manager.";
        var found = Vocabulary.Find(message);
        Assert.Equal(["site reliability engineer", "product manager", "warehouse manager"], found.Select(m => m.Value.Name));
        Assert.Equal(["SREs", "PM", "warehouse manager"], found.Select(m => message.Substring(m.Start, m.Length)));
    }

    [Fact]
    public void NoTwoProductTitlesShareAWrittenForm()
    {
        var file = BuiltInResource.Load<TitlesFile>(TitleResources.Prompts, TitlesFile.FileName);
        var lost = file.Titles
            .SelectMany(t => t.Aliases.Concat(t.CaseSensitiveAliases).Prepend(t.Name).Select(form => (t.Name, Form: form)))
            .Where(p => Vocabulary.Lookup(p.Form)?.Name != p.Name)
            .Select(p => $"{p.Form} ({p.Name}, taken by {Vocabulary.Lookup(p.Form)?.Name})");
        Assert.Empty(lost);
    }

    /// <summary>Every title the former slots.yaml and taxonomy.yaml knew (bare "engineer" and "designer" are head nouns now, not titles).</summary>
    private static readonly string[] FormerTitles =
    [
        "account executive",
        "ae",
        "android developer",
        "android engineer",
        "back end engineer",
        "back-end developer",
        "back-end engineer",
        "backend developer",
        "backend engineer",
        "bdr",
        "big data engineer",
        "business development representative",
        "chief technology officer",
        "cto",
        "data engineer",
        "data scientist",
        "developer",
        "devops",
        "devops engineer",
        "ds",
        "em",
        "engineering manager",
        "finance analyst",
        "financial analyst",
        "fp&a analyst",
        "front-end developer",
        "front-end engineer",
        "frontend developer",
        "frontend engineer",
        "full stack developer",
        "full stack engineer",
        "full-stack developer",
        "full-stack engineer",
        "fullstack developer",
        "hr business partner",
        "hrbp",
        "human resources business partner",
        "ios developer",
        "ios engineer",
        "machine learning engineer",
        "marketing manager",
        "ml engineer",
        "mle",
        "mobile developer",
        "mobile engineer",
        "nurse",
        "platform engineer",
        "pm",
        "product designer",
        "product manager",
        "product owner",
        "programmer",
        "recruiter",
        "registered nurse",
        "rn",
        "sales development representative",
        "sales executive",
        "sde",
        "sdr",
        "server engineer",
        "site reliability engineer",
        "software developer",
        "software development engineer",
        "software engineer",
        "software engineering manager",
        "sre",
        "swe",
        "talent partner",
        "ui designer",
        "ui engineer",
        "ui/ux designer",
        "ux designer",
    ];

    [Fact]
    public void EveryTitleTheFormerWordListsKnewIsKnown()
    {
        // Abbreviations that are everyday words in lower case ("pm", "em", "rn") are known as written in capitals.
        Assert.All(FormerTitles, form => Assert.NotNull(Vocabulary.Canonical(form) ?? Vocabulary.Canonical(form.ToUpperInvariant())));
    }

}
