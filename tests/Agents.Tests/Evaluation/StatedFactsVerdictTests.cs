using Hiring.Agents.Tests.Evaluation.Support;
using Hiring.Agents.Tests.Talent;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Talent;

namespace Hiring.Agents.Tests.Evaluation;

/// <summary>Places in the local language, languages listed with their fluency, registrations written as compounds, and profiles too thin to judge.</summary>
public sealed class StatedFactsVerdictTests
{
    private static CandidateProfile Polyglot() => ProfileBuilder.Person("ola")
        .Summary("AHPRA-registered pharmacist.\nLanguages: Polish (Native speaker), English (Fluent), German (Elementary).")
        .LivesIn("Lisboa", "", "PT")
        .Worked("Farmacia", "Clinical Pharmacist", new DateOnly(2019, 2, 1), null, "Ward rounds.")
        .Build();

    [Fact]
    public void APlaceWrittenInTheLocalLanguageIsThePlaceAskedFor()
    {
        var lisbon = EvaluationHarness.AssessOne(Polyglot(), Quals.Location("q1", "Lisbon"));
        var munich = EvaluationHarness.AssessOne(Polyglot() with { Location = new Location("München", "Bayern", "DE") }, Quals.Location("q2", "Munich"));

        Assert.Equal((AssessmentVerdict.Met, AssessmentVerdict.Met), (lisbon.Verdict, munich.Verdict));
        Assert.Equal(new EvidenceQuote("location", "Lisboa, PT"), Assert.Single(lisbon.Evidence));
        Assert.Equal(AssessmentVerdict.NotMet, EvaluationHarness.AssessOne(Polyglot(), Quals.Location("q3", "Porto")).Verdict);
    }

    [Fact]
    public void ALanguageIsJudgedByTheFluencyWrittenBesideIt()
    {
        Assert.Equal(AssessmentVerdict.Met, EvaluationHarness.AssessOne(Polyglot(), Quals.Language("q1", "Polish") with { Text = "Fluent Polish" }).Verdict);
        Assert.Equal(AssessmentVerdict.Met, EvaluationHarness.AssessOne(Polyglot(), Quals.Language("q2", "German")).Verdict);

        var german = EvaluationHarness.AssessOne(Polyglot(), Quals.Language("q3", "German") with { Text = "Fluent German" });

        Assert.Equal(AssessmentVerdict.Partial, german.Verdict);
        Assert.Equal("summary", Assert.Single(german.Evidence).Section);
    }

    [Fact]
    public void ALanguageMissingFromTheLanguagesTheProfileListsIsNotMet()
    {
        Assert.Equal(AssessmentVerdict.NotMet, EvaluationHarness.AssessOne(Polyglot(), Quals.Language("q1", "Spanish")).Verdict);
        Assert.Equal(AssessmentVerdict.Unknown, EvaluationHarness.AssessOne(Polyglot() with { Summary = "Pharmacist." }, Quals.Language("q2", "Spanish")).Verdict);
    }

    [Fact]
    public void ASkillWrittenAsACompoundWithItsQualifierIsMet()
    {
        var ahpra = EvaluationHarness.AssessOne(Polyglot(), Quals.Skill("q1", "ahpra"));

        Assert.Equal(AssessmentVerdict.Met, ahpra.Verdict);
        Assert.Equal(new EvidenceQuote("summary", "AHPRA-registered pharmacist."), Assert.Single(ahpra.Evidence));
    }

    [Fact]
    public void ASkillMissingFromAProfileWithoutRolesIsUnknown()
    {
        var listed = ProfileBuilder.Person("sam").Skills("Java", "AWS").Build();

        Assert.Equal(AssessmentVerdict.Unknown, EvaluationHarness.AssessOne(listed, Quals.Skill("q1", "kafka")).Verdict);
        Assert.Equal(AssessmentVerdict.Met, EvaluationHarness.AssessOne(listed, Quals.Skill("q2", "java")).Verdict);
    }

    [Fact]
    public void APracticeWrittenAsItsNounsIsMet()
    {
        var designer = ProfileBuilder.Person("gio")
            .Worked("Invoices", "Product Designer", new DateOnly(2024, 9, 1), null, "Redesigned the editor in Figma.\nRan 12 usability tests with owners.")
            .Build();

        var testing = EvaluationHarness.AssessOne(designer, Quals.Skill("q1", "usability testing"));

        Assert.Equal(AssessmentVerdict.Met, testing.Verdict);
        Assert.Equal(new EvidenceQuote("experience[0].description", "Ran 12 usability tests with owners."), Assert.Single(testing.Evidence));
    }
}
