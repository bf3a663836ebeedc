using Hiring.Agents.Privacy;
using Hiring.Agents.Supervisor;
using Hiring.Contracts.Privacy;

namespace Hiring.Agents.Tests.Privacy;

/// <summary>What names an erased person, and what is left of a text about them once redacted.</summary>
public sealed class CandidateMentionsTests
{
    [Fact]
    public void TheirIdFullNameEmailAndEachPartOfTheirNameGiveWayToTheMarker()
    {
        var text = "Drafted for Anouk Lindqvist (em-ana): \"Hi Anouk, …\" Reply to ANOUK.LINDQVIST@example.com; Ms Lindqvist agreed.";

        Assert.Equal(
            "Drafted for [erased] ([erased]): \"Hi [erased], …\" Reply to [erased]; Ms [erased] agreed.",
            ErasedPeople.Mentions.Redact(text));
    }

    [Fact]
    public void AnotherIdThatStartsLikeTheirsIsNotThem()
    {
        Assert.Equal("em-ana2, [erased], em-anabel", ErasedPeople.Mentions.Redact("em-ana2, em-ana, em-anabel"));
        Assert.False(ErasedPeople.Mentions.In("em-ana2 and em-anabel"));
    }

    [Fact]
    public void AFirstNameAloneNamesNoOneButIsRedactedInATextAboutThem()
    {
        Assert.False(ErasedPeople.Mentions.In("Hi Anouk, thanks for your reply"));
        Assert.True(ErasedPeople.Mentions.In("Hi Anouk Lindqvist"));
        Assert.Equal("Hi [erased], thanks", ErasedPeople.Mentions.Redact("Hi Anouk, thanks"));
    }

    [Fact]
    public void ANameAsJsonWritesItIsFoundAndRedacted()
    {
        var mentions = new CandidateMentions(new ErasedPerson("em-zoe", ["Zoë Ångström"], []));
        var json = EventJson.Serialize(new { summary = "Send the message to Zoë Ångström" });

        Assert.True(mentions.In(json));
        Assert.DoesNotContain("\\u00", mentions.Redact(json), StringComparison.Ordinal);
        Assert.Contains("[erased]", mentions.Redact(json), StringComparison.Ordinal);
    }

    [Fact]
    public void APersonErasedBeforeIsKnownByTheirIdAlone()
    {
        var mentions = new CandidateMentions(new ErasedPerson(ErasedPeople.Anouk, [], []));

        Assert.Equal("Anouk Lindqvist is [erased]", mentions.Redact("Anouk Lindqvist is em-ana"));
        Assert.False(mentions.In("Anouk Lindqvist"));
    }
}
