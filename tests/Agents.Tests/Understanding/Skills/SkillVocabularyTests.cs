using Hiring.Agents.Intake;
using Hiring.Reasoning.BuiltIn;
using Hiring.Reasoning.Understanding.Skills;
using Hiring.Reasoning.Understanding.Text;
using Hiring.Talent.Search;
using Hiring.Talent.Synthetic;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Hiring.Agents.Tests.Understanding.Skills;

public class SkillVocabularyTests
{
    private static SkillVocabulary Vocabulary => SkillResources.Vocabulary;

    [Fact]
    public void TheVocabularyHoldsAtLeastThreeThousandSkillsAcrossEveryFunction()
    {
        Assert.True(Vocabulary.Count >= 3000, $"only {Vocabulary.Count} skills");
        var categories = Vocabulary.Entries.Select(e => e.Category).ToHashSet();
        Assert.Subset(categories, new HashSet<string>
        {
            "language", "framework", "database", "cloud", "devops", "data", "ml", "practice", "security", "design", "product",
            "sales", "marketing", "finance", "hr", "operations", "healthcare", "legal", "education", "trades", "hospitality",
            "tool", "certification", "domain",
        });
    }

    [Theory]
    [InlineData("SAP APO", "SAP IBP")]
    [InlineData("sap advanced planner and optimizer", "sap integrated business planning")]
    public void AProductAndTheOneThatSucceededItAreTwoSkills(string older, string newer) =>
        Assert.NotEqual(Vocabulary.Entry(older)!.Name, Vocabulary.Entry(newer)!.Name);

    [Theory]
    [InlineData("NMC PIN", "nmc registration")]
    [InlineData("mixed-methods research", "mixed methods")]
    public void ARegistrationAndAResearchMethodAreKnown(string written, string name) =>
        Assert.Equal(name, Vocabulary.Entry(written)?.Name);

    // A country's own tax or accounting standard is asked for by its name: a skill of its own, not the general one.
    [Theory]
    [InlineData("goods and services tax", "gst")]
    [InlineData("Indian Accounting Standards", "ind as")]
    [InlineData("Australian Accounting Standards", "aasb")]
    public void ACountrysOwnTaxOrAccountingStandardIsASkillOfItsOwn(string written, string name) =>
        Assert.Equal(name, Vocabulary.Entry(written)?.Name);

    [Fact]
    public void TheTaxesAndStandardsOfACountryAreReadFromARequest()
    {
        var subjects = Hiring.Agents.Tests.Support.UnderstandingResources.Roles.Read("Accounts executive in Chennai, GST filing and Ind AS a must, Tally preferred")
            .Requirements.Select(r => r.Subject).ToList();

        Assert.Contains("gst", subjects);
        Assert.Contains("ind as", subjects);
        Assert.DoesNotContain("indirect tax", subjects);
    }

    [Fact]
    public void EverySkillOfTheSyntheticPoolIsKnown()
    {
        var pool = RoleFamilies.All
            .SelectMany(family => family.Clusters.SelectMany(c => c.Core.Concat(c.Related)).Concat(family.CommonSkills))
            .Distinct();

        var unknown = pool.Where(skill => Vocabulary.Entry(skill) is null).ToList();

        Assert.Empty(unknown);
    }

    [Fact]
    public void SpokenLanguagesAreNotSkills()
    {
        var languages = BuiltInResource.Load<IntakeResourceFile>(SkillResources.Prompts, IntakeResourceFile.FileName).Languages;

        Assert.NotEmpty(languages);
        Assert.All(languages, language => Assert.Null(Vocabulary.Entry(language)));
    }

    /// <summary>The skills of the former taxonomy.yaml, which the talent index stored under these canonical names.</summary>
    [Theory]
    [InlineData("kubernetes", "k8s", "kube")]
    [InlineData("go", "golang")]
    [InlineData("javascript", "js", "ecmascript")]
    [InlineData("typescript", "ts")]
    [InlineData("postgresql", "postgres", "psql")]
    [InlineData("python", "py", "python3")]
    [InlineData("c#", "csharp", "c sharp")]
    [InlineData(".net", "dotnet", ".net core", ".net framework")]
    [InlineData("c++", "cpp", "cplusplus")]
    [InlineData("node.js", "node", "nodejs")]
    [InlineData("react", "react.js", "reactjs")]
    [InlineData("amazon web services", "aws")]
    [InlineData("google cloud platform", "gcp", "google cloud")]
    [InlineData("microsoft azure", "azure")]
    [InlineData("machine learning", "ml")]
    [InlineData("deep learning", "dl", "neural networks")]
    [InlineData("artificial intelligence", "ai")]
    [InlineData("natural language processing", "nlp")]
    [InlineData("continuous integration", "ci", "ci/cd")]
    [InlineData("user experience design", "ux", "ux design")]
    [InlineData("user interface design", "ui", "ui design")]
    [InlineData("search engine optimization", "seo")]
    [InlineData("customer relationship management", "crm")]
    [InlineData("distributed systems", "distributed computing")]
    [InlineData("microsoft excel", "excel")]
    [InlineData("financial modeling", "financial modelling")]
    public void TheFormerTaxonomysCanonicalNamesAndAliasesAreUnchanged(string name, params string[] aliases)
    {
        Assert.Equal(name, Vocabulary.Entry(name)?.Name);
        Assert.All(aliases, alias => Assert.Equal(name, Vocabulary.Canonical(alias)));
    }


    [Theory]
    [InlineData("k8s", "kubernetes")]
    [InlineData("JS", "javascript")]
    [InlineData("ts", "typescript")]
    [InlineData("py", "python")]
    [InlineData("golang", "go")]
    [InlineData("Postgres", "postgresql")]
    [InlineData("GCP", "google cloud platform")]
    [InlineData("AWS", "amazon web services")]
    [InlineData("ML", "machine learning")]
    [InlineData("dl", "deep learning")]
    [InlineData("NLP", "natural language processing")]
    [InlineData("React.js", "react")]
    [InlineData("reactjs", "react")]
    [InlineData("NodeJS", "node.js")]
    [InlineData("C sharp", "c#")]
    [InlineData("kubernets", "kubernetes")]
    [InlineData("kuberentes", "kubernetes")]
    [InlineData("pyhton", "python")]
    [InlineData("javscript", "javascript")]
    [InlineData("postgress", "postgresql")]
    [InlineData("terrafrom", "terraform")]
    [InlineData("sklearn", "scikit-learn")]
    [InlineData("HuggingFace", "hugging face")]
    [InlineData("CI/CD", "continuous integration")]
    [InlineData("A/B testing", "a/b testing")]
    [InlineData("FP & A", "fp&a")]
    [InlineData("S/4HANA", "sap s/4hana")]
    [InlineData("SOC2", "soc 2")]
    [InlineData("ISO/IEC 27001", "iso 27001")]
    [InlineData("U.S. GAAP", "us gaap")]
    [InlineData("CDL-A", "cdl class a")]
    [InlineData("OSHA 30-hour", "osha 30")]
    [InlineData("Epic", "epic ehr")]
    [InlineData("Basic Life Support", "bls")]
    [InlineData("Outreach.io", "outreach.io")]
    [InlineData("MEDDPICC", "meddic")]
    [InlineData("PowerBI", "power bi")]
    [InlineData("ArgoCD", "argo cd")]
    [InlineData("Quick Books", "quickbooks")]
    [InlineData("Microservices", "microservices")]
    [InlineData("Med-Surg", "medical surgical nursing")]
    [InlineData("Ruby-on-Rails", "ruby on rails")]
    public void AbbreviationsSpellingsAndMisspellingsReadAsTheirSkill(string written, string canonical) =>
        Assert.Equal(canonical, Vocabulary.Canonical(written));

    [Theory]
    [InlineData("status")]
    [InlineData("starts")]
    [InlineData("graphs")]
    [InlineData("systems")]
    public void AnEverydayWordOneLetterFromAShortSkillIsNoTypoOfIt(string word) =>
        Assert.Null(new SkillSpelling(Vocabulary).Correct(word));

    [Fact]
    public void ATypoOfALongerSkillIsStillCorrected() =>
        Assert.Equal("kubernetes", new SkillSpelling(Vocabulary).Correct("kubernets")?.Name);

    [Theory]
    [InlineData("Senior backend engineer in Berlin, Go and Kubernetes, 5+ years", new[] { "go", "kubernetes" })]
    [InlineData("Data engineer: Snowflake, dbt, Airflow, Kafka Streams and BigQuery", new[] { "snowflake", "dbt", "airflow", "kafka streams", "bigquery" })]
    [InlineData("Platform team on AWS with Terraform Cloud, Helm, ArgoCD and GitHub Actions for CI/CD", new[] { "amazon web services", "terraform cloud", "helm", "argo cd", "github actions", "continuous integration" })]
    [InlineData("ML engineer: PyTorch, Hugging Face, LangChain and RAG pipelines; MLOps a plus", new[] { "machine learning", "pytorch", "hugging face", "langchain", "retrieval augmented generation", "mlops" })]
    [InlineData("Data scientist with causal inference, survival analysis and A/B testing", new[] { "causal inference", "survival analysis", "a/b testing" })]
    [InlineData("Registered nurse, ICU, BLS and ACLS, Epic charting, wound care, phlebotomy", new[] { "icu", "bls", "acls", "epic ehr", "clinical documentation", "wound care", "phlebotomy" })]
    [InlineData("Enterprise AE: MEDDIC, Salesforce CPQ, Gong and Outreach.io, cold calling, B2B SaaS sales", new[] { "meddic", "salesforce cpq", "gong", "outreach.io", "cold calling", "b2b sales", "saas sales" })]
    [InlineData("Accountant with IFRS and US GAAP, NetSuite, Xero, month-end close", new[] { "ifrs", "us gaap", "netsuite", "xero", "month-end close" })]
    [InlineData("Payroll administrator in Cork, Sage and Excel essential", new[] { "payroll", "sage accounting", "microsoft excel" })]
    [InlineData("CDL Class A driver, OSHA 30, forklift certified, HVAC a plus", new[] { "cdl class a", "osha 30", "forklift operation", "hvac" })]
    [InlineData("Product designer: Figma, design systems, user research and usability testing", new[] { "figma", "design systems", "user research", "usability testing" })]
    [InlineData("Recruiter fluent in Greenhouse, Workday and Boolean search", new[] { "greenhouse", "workday", "boolean search" })]
    [InlineData("Security engineer for SOC 2 and ISO 27001, penetration testing, SIEM", new[] { "soc 2", "iso 27001", "penetration testing", "siem" })]
    [InlineData("REST APIs, microservices and PLCs", new[] { "rest api", "microservices", "plc programming" })]
    [InlineData("Scrum", new[] { "scrum" })]
    [InlineData("Agile delivery with Scrum and Kanban", new[] { "agile", "scrum", "kanban" })]
    // A certificate by the short name desks use: "A+" is CompTIA A+.
    [InlineData("Field technician: A+ and Intune, ITIL a plus", new[] { "comptia a+", "intune", "itil" })]
    public void RecruitersMessagesFindTheirSkills(string message, string[] skills) =>
        Assert.Equal(skills, SkillResources.SkillsIn(message));

    [Theory]
    [InlineData("Go ahead and send it, we need to go fast")]
    [InlineData("A spark of curiosity matters more than a rusty resume")]
    [InlineData("Make sure the swift reply reaches the chef")]
    [InlineData("Less than five years is fine; next steps on Monday")]
    [InlineData("She moved to New Orleans and works as Executive Chef")]
    [InlineData("They excel at keeping a lean, elastic process; the word is out")]
    [InlineData("Kubernetes nodes restart at night")]
    [InlineData("Express your interest by Friday; the role is reporting to the CFO")]
    [InlineData("A bias for action shapes the team; oops, aches and pains, and a real Go-getter")]
    [InlineData("Some sage advice: hire slowly")]
    [InlineData("We only hire A+ talent, and our A+ players mentor the rest")]
    public void EverydayWordsAreNotSkills(string message) =>
        Assert.DoesNotContain(SkillResources.SkillsIn(message), skill => skill is not "kubernetes");

    [Fact]
    public void CaseSensitiveSkillsMatchAsWrittenAndSkillFieldsInAnyCase()
    {
        Assert.Equal(["go", "rust", "spark", "r"], SkillResources.SkillsIn("Go, Rust, Spark and R"));
        Assert.Equal(["go"], SkillResources.SkillsIn("we want a senior Go engineer"));
        Assert.Equal("go", Vocabulary.Canonical("go"));
        Assert.Equal("spark", Vocabulary.Canonical("SPARK"));
        Assert.Equal("microsoft excel", Vocabulary.Canonical("excel"));
    }

    [Fact]
    public void UnknownSkillsReadAsTheirFoldedSelves()
    {
        Assert.Equal("foodb v2", Vocabulary.Canonical("  FooDB   V2 "));
        Assert.Equal(["foodb"], Vocabulary.Variants("FooDB"));
        Assert.Empty(Vocabulary.Related("FooDB"));
        Assert.Null(Vocabulary.Entry("FooDB"));
    }

    [Fact]
    public void VariantsStartWithTheCanonicalNameAndRelatedSkillsAreCanonical()
    {
        var variants = Vocabulary.Variants("K8S");
        Assert.Equal("kubernetes", variants[0]);
        Assert.Contains("k8s", variants);
        Assert.Contains("go", Vocabulary.Variants("golang"));
        Assert.Contains("docker", Vocabulary.Related("kubernetes"));
        Assert.All(Vocabulary.Entries.SelectMany(e => e.Related), related => Assert.Equal(related, Vocabulary.Entry(related)?.Name));
    }

    [Fact]
    public void NoFormBelongsToTwoSkills()
    {
        var owners = new Dictionary<string, string>();
        foreach (var entry in Vocabulary.Entries)
        {
            foreach (var form in entry.Forms)
            {
                var owner = owners.GetValueOrDefault(TokenFold.Key(form)) ?? entry.Name;
                Assert.True(owner == entry.Name, $"'{form}' is a form of '{entry.Name}' and '{owner}'");
                owners[TokenFold.Key(form)] = entry.Name;
            }
        }
    }

    [Fact]
    public void AnAliasOfTwoSkillsIsReportedWithBothSkillsAndLines()
    {
        const string yaml = """
            version: 1
            skills:
              - { name: terraform, aliases: [tf], category: devops }
              - { name: tensorflow, aliases: [tf], category: ml }
            """;

        var error = Assert.Throws<InvalidDataException>(() => SkillVocabulary.Parse(yaml, source: "skills.yaml"));

        Assert.Contains("skills.yaml: line 4: 'tf' of 'tensorflow' is also a form of 'terraform' (line 3)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("version: 1\nskills:\n  - { name: go, category: [language }\n", "line 3")]
    [InlineData("version: 1\nskills:\n  - { name: go, colour: blue, category: language }\n", "line 3: unknown key 'colour'")]
    [InlineData("version: 1\nskills:\n  - { name: go }\n", "line 3: 'go' has no category")]
    [InlineData("version: 1\nskills:\n  - { name: go, related: [gopher], category: language }\n", "line 3: related 'gopher' of 'go' is not a skill")]
    [InlineData("version: 1\nskills:\n  - { name: Go, category: language }\n", "line 3: the name 'Go' must be lower case")]
    public void ABrokenFileFailsWithFileAndLine(string yaml, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() => SkillVocabulary.Parse(yaml, source: "skills.yaml"));

        Assert.Contains($"skills.yaml: {expected}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APhraseOfTheStopListHidesTheSkillInsideIt()
    {
        var skills = SkillVocabulary.Parse(
            "skills:\n  - { name: orleans, case_sensitive_aliases: [Orleans], category: framework }\n",
            new NotSkills(["New Orleans"]));

        Assert.Empty(skills.Find("Moving to New Orleans"));
        Assert.Single(skills.Find("Actors with Orleans and Redis"));
    }

    [Fact]
    public void AWordOfTheStopListIsASkillInSkillFieldsOnly()
    {
        var skills = SkillVocabulary.Parse(
            "skills:\n  - { name: benefits administration, aliases: [benefits], category: hr }\n", new NotSkills(["Benefits"]));

        Assert.Empty(skills.Find("Benefits: 30 days of leave"));
        Assert.Single(skills.Find("Payroll and benefits administration"));
        Assert.Equal("benefits administration", skills.Canonical("Benefits"));
    }

    [Fact]
    public void OnlyBenefitsIsBothASkillAndNotASkill()
    {
        var forms = Vocabulary.Entries.SelectMany(e => e.Aliases.Prepend(e.Name)).Select(TokenFold.Key).ToHashSet();

        Assert.Equal(["Benefits"], SkillResources.NotSkills.Entries.Where(entry => forms.Contains(TokenFold.Key(entry))));
    }

    [Fact]
    public void TheVocabularyBesideTheProgramIsTheRepositorysOwn() =>
        Assert.Equal(Vocabulary.Count, SkillVocabulary.LoadDefault().Count);
}
