using Hiring.Agents.Memory;
using Hiring.Agents.Tests.Reasoning.Support;
using Hiring.Contracts.Memory;

namespace Hiring.Agents.Tests.Memory;

/// <summary>prompts/builtin/memory.yaml as the readers apply it: what is worth keeping, what a forget request points at, what a correction leaves.</summary>
public sealed class MemoryReadingTests
{
    private static readonly MemoryRules Rules = MemoryRules.Load(TestResources.Prompts);
    private readonly MemoryStatementReader _reader = new(Rules, new ProtectedNotes(Rules));
    private readonly ForgetRequestReader _forget = new(Rules, new MemoryWords(Rules.CommonWords));

    [Theory]
    [InlineData("remember that Jana is the hiring manager for the data roles", "Jana is the hiring manager for the data roles", MemoryKind.Fact)]
    [InlineData("fyi our Berlin HM hates job hoppers", "Our Berlin HM hates job hoppers", MemoryKind.Preference)]
    [InlineData("going forward, send shortlists as a Google Sheet", "Going forward, send shortlists as a Google Sheet", MemoryKind.Preference)]
    [InlineData("Arjun prefers candidates from product startups, kindly keep in mind", "Arjun prefers candidates from product startups", MemoryKind.Preference)]
    [InlineData("merk dir bitte: Kotlin is always a must-have for the Hamburg team", "Kotlin is always a must-have for the Hamburg team", MemoryKind.Preference)]
    [InlineData("and matron Aisling signs off all theatre shortlists", "Matron Aisling signs off all theatre shortlists", MemoryKind.Fact)]
    [InlineData("don't forget: Rotterdam warehouse shifts start at 6am", "Rotterdam warehouse shifts start at 6am", MemoryKind.Fact)]
    [InlineData("keep this in mind: Melbourne roles always need a police check", "Melbourne roles always need a police check", MemoryKind.Preference)]
    public void WhatIsWorthKeepingIsKeptWithoutTheWordsThatAskedForIt(string message, string kept, MemoryKind kind)
    {
        var statement = Assert.Single(_reader.Read(message));

        Assert.Equal((kept, kind), (statement.Text, statement.Kind));
    }

    [Theory]
    [InlineData("need a senior java developer in Munich, Spring and Kafka")]
    [InlineData("We need a front office manager in Lisboa, Opera PMS, Portuguese")]
    [InlineData("never mind that, I need a pharmacist in Chicago")]
    [InlineData("what do you remember about the Berlin role?")]
    [InlineData("thx for yesterday's shortlist btw")]
    [InlineData("forget the Derek take-home thing")]
    [InlineData("remember to find me 3 welders in Houston")]
    [InlineData("sorry, got that wrong - it's the assistant store manager role, not store manager")]
    [InlineData("never mind the Rotterdam shift thing")]
    [InlineData("The platform lead uses them sometimes")]
    [InlineData("Go is a must")]
    [InlineData("hm, the VP now says this should be a lead PM")]
    // The weather where the recruiter is.
    [InlineData("fyi it's been raining nonstop here all week")]
    [InlineData("btw 38 degrees outside today, melting")]
    public void PlainWorkQuestionsThanksAndForgettingAreNoMemories(string message) =>
        Assert.Empty(_reader.Read(message));

    [Fact]
    public void AFactToldWithFyiBesideWorkIsWeakAndARefusedClauseTakesItsRememberThatAlong()
    {
        Assert.True(Assert.Single(_reader.Read("ok add python as a nice to have, and fyi it's a lead position")).Weak);
        Assert.False(Assert.Single(_reader.Read("fyi the area manager for our Manchester stores is Donna")).Weak);

        var message = "the client wants white guys only. remember that for their reqs";
        var safe = _reader.SafeText(message, [(message.IndexOf("white", StringComparison.Ordinal), "white guys".Length)]);
        Assert.Equal("", safe);
        Assert.Empty(_reader.Read(safe));
    }

    [Theory]
    [InlineData("forget that", false, true, "")]
    [InlineData("hmm forget that, it's only for the casino floor reqs", false, true, "")]
    [InlineData("please wipe your memory of me", true, false, "")]
    [InlineData("right, forget everything you've got on me, starting fresh", true, false, "")]
    [InlineData("forget the Derek take-home thing, he dropped it", false, false, "derek take home")]
    [InlineData("forget everything about Gav", false, false, "gav")]
    [InlineData("abeg clear everything you know about me, I'm handing over my desk", true, false, "")]
    // "Whatever you have on them" is the client named before it (memory round 20 kept the fee it was asked to clear).
    [InlineData("we lost the Mensah Foods account, clear whatever you have on them", false, false, "Mensah Foods")]
    public void AForgetRequestPointsAtTheLastMemoryAllOfThemOrASubject(string request, bool all, bool last, string subject) =>
        Assert.Equal(new ForgetTarget(all, last, subject), _forget.Read(request));

    [Theory]
    [InlineData("Our Frankfurt risk team HM is Stefan Vogel", "Correction: Stefan left, it's Katrin Beck now", "Our Frankfurt risk team HM is Katrin Beck")]
    [InlineData("Our travel nurse interviews are always done by the Scottsdale office", "oops, I mean the Tempe office does them now, not Scottsdale", "Our travel nurse interviews are always done by the Tempe office")]
    [InlineData("Our tech interviews in São Paulo happen on Tuesdays", "tech interviews moved to Thursdays", "Our tech interviews in São Paulo happen on Thursdays")]
    [InlineData("The TA lead for Davao is Sir Mark Villanueva", "ay correction, Mark moved to Manila, TA lead for Davao is now Ma'am Rowena Cruz", "The TA lead for Davao is Rowena Cruz")]
    [InlineData("Going forward send shortlists as a Google Sheet", "switch to Notion from now on", "Going forward send shortlists as a Notion")]
    [InlineData("The Madrid client pays in euros and wants Spanish CVs", "correction: they want CVs in English now", "The Madrid client pays in euros and wants English CVs")]
    public void ACorrectionKeepsTheMemoryAndChangesWhatItSaysIsGone(string old, string said, string corrected) =>
        Assert.Equal(corrected, MemoryCorrection.Apply(old, said));
}
