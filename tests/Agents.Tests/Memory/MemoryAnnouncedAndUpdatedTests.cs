using Hiring.Agents.Memory;
using Hiring.Agents.Tests.Reasoning.Support;

namespace Hiring.Agents.Tests.Memory;

/// <summary>
/// What is kept when a message announces several things, leans on a name it said itself, or says who left and who comes; how
/// such a memory is put right, and how one detail of it is forgotten.
/// </summary>
public sealed class MemoryAnnouncedAndUpdatedTests
{
    private static readonly MemoryRules Rules = MemoryRules.Load(TestResources.Prompts);
    private readonly MemoryStatementReader _reader = new(Rules, new ProtectedNotes(Rules));

    [Fact]
    public void AHeadingThatAnnouncesSeveralThingsKeepsEachSentenceAfterIt()
    {
        var statements = _reader.Read("two quick things on how I run my desk: no client calls after 4pm, I do admin then. and CVs always as PDFs named by surname");

        Assert.Equal(2, statements.Count);
        Assert.Contains(statements, s => s.Text.Contains("4pm", StringComparison.Ordinal));
        Assert.Contains(statements, s => s.Text.Contains("PDFs", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("A few things for Harbour Bank: HM for ops roles is Lena Fox; every teller hire sits a numeracy test; base for tellers is capped at $52k", "Harbour Bank", 3)]
    [InlineData("Tre cose per Ferrini Tessuti: la referente è Giulia Neri; ogni magazziniere deve avere il patentino; il fee è 15%", "Ferrini Tessuti", 3)]
    public void EachThingAnnouncedUnderANameKeepsTheName(string message, string name, int count)
    {
        var statements = _reader.Read(message);

        Assert.Equal(count, statements.Count);
        Assert.All(statements, s => Assert.Contains(name, s.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void ThingsAnnouncedBeforeWorkAskedForAreNoList() =>
        Assert.DoesNotContain(_reader.Read("couple of things for the Leeds role: 3 welders, coded. can you find me some in Bradford"), s => s.Text.Contains("Bradford", StringComparison.Ordinal));

    [Theory]
    [InlineData("could you set up a call with Omar Haddad for Thursday? btw he's asked that we never ring him before noon", "Omar Haddad")]
    [InlineData("for my records: Pellow Freight day rate for drivers is £180, our margin there is 22%", "Pellow Freight")]
    public void APronounLeaningOnANameTheMessageSaidIsKeptWithIt(string message, string name) =>
        Assert.Contains(_reader.Read(message), s => s.Text.Contains(name, StringComparison.Ordinal) && s.Resolved);

    [Theory]
    [InlineData("heads up the Bristol client is Harrowgate Plumbing Ltd, our margin there is 21% and the HM is Tom Fairley", "Harrowgate", "Tom Fairley")]
    [InlineData("fyi the Cork account is Lyons Dairy, their rebate period is 8 weeks and the contact is Ciara Walsh", "Lyons Dairy", "Ciara Walsh")]
    public void EveryClauseAfterAClientIsNamedKeepsItsName(string message, string client, string person) =>
        Assert.Contains(_reader.Read(message), s => s.Text.Contains(person, StringComparison.Ordinal) && s.Text.Contains(client, StringComparison.Ordinal));

    [Fact]
    public void ASecondPartAboutSomethingOfTheFirstsSubjectKeepsItsName()
    {
        var statements = _reader.Read("note: Brackenridge Mills interviews are always 3 stages, the panel is Tom Hale plus the plant manager");

        Assert.Equal(2, statements.Count);
        Assert.Contains("Brackenridge Mills", statements[1].Text, StringComparison.Ordinal);
        Assert.Contains("Tom Hale", statements[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void WhoLeftAndWhoComesInTheNextSentenceAreOneCorrection()
    {
        var statement = Assert.Single(_reader.Read("update on Vela Hotels: Ana Ruiz has transferred to their Porto hotel. Luis Mora is the new GM in Faro"));

        Assert.True(statement.Corrects);
        Assert.Contains("Luis Mora", statement.Text, StringComparison.Ordinal);
        Assert.Contains("Ana Ruiz", statement.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ben's moved over to the Leeds depot, Ruth Ng is the Bradford HM now", "Ben's moved over to the Leeds depot")]
    [InlineData("Vela Hotels: Ana Ruiz has transferred to their Porto hotel. Luis Mora is the new GM in Faro", "Vela Hotels: Ana Ruiz has transferred to their Porto hotel")]
    public void WhereSomeoneWentIsAFactOfItsOwn(string correction, string moved) =>
        Assert.Equal([moved], RememberStep.MovedOn(correction));

    [Theory]
    [InlineData("Ruth left, Ben is the Bradford HM now")]
    [InlineData("they've moved to 4 stages now")]
    public void ADepartureWithNoPlaceOrAFigureMovedIsNoneSuch(string correction) =>
        Assert.Empty(RememberStep.MovedOn(correction));

    [Fact]
    public void AFigureThatWentUpIsNoOneWhoLeft()
    {
        var text = MemoryCorrection.Apply("Harrow Foods interviews are always 2 stages", "Harrow, they've gone to 4 stages now, the CFO joins the last one");

        Assert.Equal("Harrow Foods interviews are always 4 stages", text);
    }

    [Theory]
    [InlineData("heads up re Dunmore Kitchens: every line cook they take on needs a level 2 food hygiene cert", "hygiene")]
    [InlineData("fyi each warehouse operative we place with them has to hold a forklift ticket", "forklift")]
    public void WhatEveryOneOfAKindAClientTakesOnNeedsIsAFact(string message, string kept)
    {
        var statement = Assert.Single(_reader.Read(message));

        Assert.Contains(kept, statement.Text, StringComparison.Ordinal);
        Assert.False(statement.Weak);
    }

    [Theory]
    [InlineData("y la interlocutora allí es Marta Gil, de recursos humanos", "Marta Gil")]
    [InlineData("e il referente lì è Paolo Conti", "Paolo Conti")]
    public void AContactNamedInAnotherLanguageIsKeptAndLeansOnWhatTheMessageBeforeNamed(string message, string name)
    {
        var statement = Assert.Single(_reader.Read(message));

        Assert.Contains(name, statement.Text, StringComparison.Ordinal);
        Assert.True(_reader.NeedsContext(statement.Text));
        Assert.Equal("Grupo Ferrol", _reader.SubjectOf("Anota: con Grupo Ferrol cobramos el 20% de fee", statement.Text));
    }

    [Theory]
    [InlineData("Harlow have raised their rate to 21% from June")]
    [InlineData("Kestrel bumped the day rate up to £420")]
    public void AFigureRaisedWithWhatWasRaisedNamedIsACorrection(string message) =>
        Assert.True(_reader.IsCorrection(message));

    [Fact]
    public void TwoSentencesJoinedByAndAreTwoDetails()
    {
        var rest = MemoryDetails.Without("Jonas Berg quiere 60 mil al año y su permiso de trabajo caduca en marzo", part => part.Contains("permiso", StringComparison.Ordinal));

        Assert.Equal("Jonas Berg quiere 60 mil al año", rest?.Kept);
    }

    [Theory]
    [InlineData("take out just the commission bit for Orla, rest is fine", "commission")]
    [InlineData("drop only the notice part for Kemp, they renegotiated", "notice")]
    [InlineData("lo del permiso de Jonas bórralo, solo eso", "permiso de Jonas")]
    [InlineData("la nota sulle referenze di Bianchi lasciala perdere", "referenze di Bianchi")]
    public void ForgettingOneBitOrATopicNamedFirstIsAForget(string message, string? subject = null)
    {
        var about = MemoryRules.Any([Rules.ForgetAbout]).Match(message);

        Assert.True(about.Success);
        if (subject is not null)
        {
            Assert.Equal(subject, about.Groups["subject"].Value.Trim());
        }
    }

    [Theory]
    [InlineData("lo del permiso de Jonas bórralo, solo eso")]
    [InlineData("only that one, keep the others")]
    public void ARequestThatSaysItIsOnlyThatOneIsAboutAPart(string message) =>
        Assert.Matches(MemoryRules.Any([Rules.ForgetPart]), message);

    [Fact]
    public void EverythingAboutAClientInAnotherLanguageIsEveryMemoryOfIt() =>
        Assert.Matches(MemoryRules.Any([Rules.ForgetEvery]), "olvida todo lo de Ferrol, se acabó el acuerdo");
}
