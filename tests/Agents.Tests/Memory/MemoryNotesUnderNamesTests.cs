using Hiring.Agents.Memory;
using Hiring.Agents.Tests.Reasoning.Support;
using Hiring.Contracts.Memory;

namespace Hiring.Agents.Tests.Memory;

/// <summary>
/// Notes filed under a name told beside work or in other words: "who's who at …:" opens a list, not a question; a bare title after a
/// name stays with it; a list that opens with a candidate's name, or whose item draws on the one before ("so …"), stays whole; a
/// place in brackets before the colon; a verb with no subject after a dash goes on with the statement before; what is kept instead of
/// a refused ask, with what that ask named; a pointer that names the role it plays keeps nothing of its own; a client's terms,
/// someone's notice, whom work goes through; and a title before a name ends no sentence.
/// </summary>
public sealed class MemoryNotesUnderNamesTests
{
    private static readonly MemoryRules Rules = MemoryRules.Load(TestResources.Prompts);
    private readonly MemoryStatementReader _reader = new(Rules, new ProtectedNotes(Rules));

    [Fact]
    public void WhoIsWhoOpensAListOfPeopleNotAQuestion()
    {
        var kept = _reader.Read("who's who at Harbour Freight NZ: Mere Tane runs payroll hiring, and Sam Iti signs off every offer");

        Assert.Equal(2, kept.Count);
        Assert.All(kept, s => Assert.StartsWith("At Harbour Freight NZ, ", s.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void ABareTitleAfterANameStaysWithIt()
    {
        var kept = _reader.Read("who does what at Orlen Bio: Kasia Nowak approves all offers, and references go through Piotr Lis, the finance director");

        Assert.Equal(2, kept.Count);
        Assert.Contains(kept, s => s.Text.EndsWith("Piotr Lis, the finance director", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("candidate for Brightline Bio: Omar Haddad, data engineer, 1 month notice, wants 90k")]
    [InlineData("quick notes for Velden GmbH: Jonas Brandt rejects anyone without a portfolio, so always attach one")]
    public void AListAboutOnePersonOrDrawingOnAnItemStaysWhole(string message) =>
        Assert.Single(_reader.Read(message));

    [Fact]
    public void APlaceInBracketsBeforeTheColonStillFilesTheNote() =>
        Assert.Equal(["Fjord Kraft (Bergen), contact Siri Dahl", "Fjord Kraft (Bergen), fee 19%"], _reader.Read("Fjord Kraft (Bergen): contact Siri Dahl, fee 19%").Select(s => s.Text));

    [Fact]
    public void AVerbWithNoSubjectAfterADashGoesOnWithTheStatementBefore()
    {
        const string message = "for Marlowe Bank every hire needs a DBS check - normally takes 3 weeks so tell candidates early";

        var kept = Assert.Single(_reader.Read(_reader.SafeText(message, [])));

        Assert.Contains("3 weeks", kept.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ok, what he really needs: a forklift licence and 2 years in cold storage")]
    [InlineData("bueno, lo que sí cuenta: turno de mañana y contrato indefinido")]
    public void WhatIsKeptInsteadOfARefusedAskIsKeptBesideWork(string message)
    {
        var kept = Assert.Single(_reader.Read(message));

        Assert.False(kept.Weak);
        Assert.False(kept.Corrects);
        Assert.True(_reader.NeedsContext(kept.Text));
        Assert.Equal("Grupo Lume", _reader.SubjectOf("Grupo Lume only wants under-30s for it, note that", kept.Text));
    }

    [Fact]
    public void APointerThatNamesTheRoleItPlaysKeepsNothingOfItsOwn() =>
        Assert.Empty(_reader.Read("save that as a rule for their reqs"));

    [Theory]
    [InlineData("Tomasz Wrona, site lead, has 45 days notice")]
    [InlineData("Ruth Okafor is my go-to at Pellow Health for theatre nurse roles")]
    [InlineData("ward hiring in Truro now goes through Ben Carne")]
    [InlineData("their take-home for analysts has a 48h limit")]
    [InlineData("interview loop is a phone screen then a case study")]
    [InlineData("a Serra Verde aceitou 12% do salário anual")]
    [InlineData("garantía de 60 días en todas las colocaciones")]
    public void AFactToldInPassingIsKept(string message) =>
        Assert.Single(_reader.Read(message));

    [Fact]
    public void WhatIsAlwaysWantedWhenTheAssistantShowsSomethingIsAPreference() =>
        Assert.Equal(MemoryKind.Preference, Assert.Single(_reader.Read("and when you show me candidates I want their notice period first")).Kind);

    [Theory]
    [InlineData("the site visits now happen at their Ashburton yard", true)]
    [InlineData("what she actually needs: a class 2 licence", false)]
    public void WhatNowHappensElsewhereCorrects(string said, bool corrects) =>
        Assert.Equal(corrects, _reader.IsCorrection(said));

    [Fact]
    public void ATitleBeforeANameEndsNoSentence() =>
        Assert.Single(MemoryClause.Split("el jefe directo es el ing. Tomás Vera"));
}
