using Hiring.Reasoning.Understanding.Skills;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Agents.Tests.Understanding.Skills;

public class TechnicalTermsTests
{
    /// <summary>Technical terms of a message, with the vocabulary's skills skipped as a caller would.</summary>
    private static string[] TermsIn(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var known = SkillResources.Vocabulary.Find(text, tokens).SelectMany(m => Enumerable.Range(m.FirstToken, m.TokenCount)).ToHashSet();
        return [.. SkillResources.Terms.Find(text, tokens, known).Select(t => t.Text)];
    }

    [Theory]
    [InlineData("Experience with Xyzzy.js and QuuxDB required", new[] { "Xyzzy.js", "QuuxDB" })]
    [InlineData("Migrated the BarQL service from Plonk.js to ZedDB on k9s", new[] { "BarQL", "Plonk.js", "ZedDB", "k9s" })]
    [InlineData("We expose ZorkRPC-web endpoints from FooDB-based services", new[] { "ZorkRPC-web", "FooDB" })]
    [InlineData("Strong Terraform, Grobble and Kubernetes skills", new[] { "Grobble" })]
    [InlineData("Our stack: Python, Snorkelflow, Airflow and dbt.", new[] { "Snorkelflow" })]
    [InlineData("Integration work with BPEL and an ESB", new[] { "BPEL" })]
    [InlineData("Runs WidgetOps for the S9HANA migration", new[] { "WidgetOps", "S9HANA" })]
    public void UnknownTechnicalTokensAreFoundInRealisticSentences(string message, string[] terms) =>
        Assert.Equal(terms, TermsIn(message));

    [Theory]
    [InlineData("Lab accredited to ISO 17025, audits a plus", new[] { "ISO 17025" })]
    [InlineData("Functional safety to IEC 61508 and EN 50128", new[] { "IEC 61508", "EN 50128" })]
    [InlineData("needs IPAF and 5 years on site", new[] { "IPAF" })]
    public void AStandardsBodyAndItsNumberAreOneTerm(string message, string[] terms) =>
        Assert.Equal(terms, TermsIn(message));

    [Fact]
    public void NothingInAListOfSkillsIsDropped()
    {
        const string message = "Skills: Xyzzy.js, FooDB, gRPC-web, S4HANA, LLMOps, k3s, Terragrunt, Frobnicator";
        var tokens = Tokenizer.Tokenize(message);
        var known = SkillResources.Vocabulary.Find(message, tokens);
        var skip = known.SelectMany(m => Enumerable.Range(m.FirstToken, m.TokenCount)).ToHashSet();
        var terms = SkillResources.Terms.Find(message, tokens, skip);

        var understood = known.Select(m => m.Text).Concat(terms.Select(t => t.Text)).ToHashSet();
        Assert.Subset(understood, new HashSet<string> { "Xyzzy.js", "FooDB", "gRPC-web", "S4HANA", "LLMOps", "k3s", "Terragrunt", "Frobnicator" });
    }

    [Theory]
    [InlineData("Hi Anna, can you find me three senior engineers in Berlin by Friday?")]
    [InlineData("The CEO wants an update ASAP; FYI the JD is in the ATS.")]
    [InlineData("Please email jane.doe@acme.com or visit www.acme.com, e.g. for Q1 2025 roles.")]
    [InlineData("She has 10+ years, a Ph.D. and an MBA from NYC; ex-McKinsey, formerly at DoorDashy.")]
    [InlineData("WE ARE HIRING A SENIOR ENGINEER IN LONDON NOW")]
    [InlineData("Salary 120k USD, 5yrs minimum, start in Q3, H1B transfer ok, v2.1 of the offer.")]
    [InlineData("Tuesday, Wednesday and Friday work for interviews in the US, UK or EU.")]
    [InlineData("Candidates from Google, Amazon and Microsoft applied this week.")]
    public void PlainProseHasNoTechnicalTerms(string message) => Assert.Empty(TermsIn(message));

    [Fact]
    public void NoWordOfTheStopListIsATermEvenInAListOfSkills()
    {
        var words = SkillResources.NotSkills.Entries.Where(e => Tokenizer.Tokenize(e).Count == 1);

        Assert.All(words, word => Assert.Empty(TermsIn($"Python, Kubernetes, {word} and Terraform")));
    }

    [Fact]
    public void SkippedTokensAreNeverTerms()
    {
        const string message = "FooDB and Xyzzy.js";
        var tokens = Tokenizer.Tokenize(message);

        var terms = SkillResources.Terms.Find(message, tokens, new HashSet<int> { 0 });

        Assert.Equal(["Xyzzy.js"], terms.Select(t => t.Text));
        Assert.Equal(TechnicalTermKind.InnerMark, terms[0].Kind);
        Assert.Equal((2, 1, 10, 8), (terms[0].FirstToken, terms[0].TokenCount, terms[0].Start, terms[0].Length));
    }
}
