using Hiring.Agents.Identity;
using Hiring.Agents.Memory;
using Hiring.Agents.Tests.Reasoning.Support;
using Hiring.Agents.Tests.Support;
using Hiring.Contracts.Memory;

namespace Hiring.Agents.Tests.Memory;

/// <summary>
/// A note about a person's protected attribute (health or disability, pregnancy, religion, age, orientation, family status) is
/// never kept, whatever cue asks for it and in any language, nor recalled when it was kept before; what else the message tells
/// is kept, and a field, a ward or a service named by a condition is no note about a person.
/// </summary>
public sealed class MemoryProtectedNotesTests(MemoryWorld world) : IClassFixture<MemoryWorld>
{
    private static readonly MemoryRules Rules = MemoryRules.Load(TestResources.Prompts);
    private readonly MemoryStatementReader _reader = new(Rules, new ProtectedNotes(Rules));

    [Theory]
    [InlineData("remember that Joel is diabetic, so no night shifts for him")]
    [InlineData("keep in mind: she's expecting a baby in spring, so maybe a shorter contract")]
    [InlineData("note: Rahul's on daily medication for his heart condition, keep him off the heavy lifting")]
    [InlineData("fyi she is a devout Muslim, so no Friday afternoon interviews")]
    [InlineData("for the record, he's 63 and might not last long in a startup")]
    [InlineData("zur Info: Frau Keller ist schwanger, bitte bei der Planung bedenken")]
    [InlineData("ten en cuenta que ella es musulmana y quizá no encaje con el equipo")]
    [InlineData("à retenir : il a 59 ans, pas sûr qu'il suive le rythme")]
    [InlineData("yaad rakhna, woh 57 saal ka hai")]
    [InlineData("pls note he's in his late fifties, bit worried about the pace")]
    public void ANoteAboutSomeonesProtectedAttributeIsNeverKept(string message) =>
        Assert.Empty(_reader.Read(_reader.SafeText(message, [])));

    [Fact]
    public void WhatElseTheMessageTellsIsKeptAndAKeepThatInMindPointingBackAtTheAttributeGoesWithIt()
    {
        const string message = "notes on Ines Duarte for the Porto welder req: 3 weeks notice, wants €1,900 a month. she also told me she's pregnant. keep that in mind";

        var kept = string.Join('\n', _reader.Read(_reader.SafeText(message, [])).Select(s => s.Text));

        Assert.Contains("3 weeks notice", kept, StringComparison.Ordinal);
        Assert.DoesNotContain("pregnant", kept, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("fyi Oakridge Clinic's diabetes educator roles pay us 18%", "18%")]
    [InlineData("remember the disability services team at Pinecrest is run by Marta Silva", "Marta Silva")]
    [InlineData("note: all Lakeside drivers need a medical before their start date", "medical")]
    public void AFieldOrAServiceNamedByAConditionIsNoNoteAboutAPerson(string message, string kept) =>
        Assert.Contains(_reader.Read(_reader.SafeText(message, [])), s => s.Text.Contains(kept, StringComparison.Ordinal));

    [Fact]
    public async Task AProtectedNoteKeptBeforeTheScreenIsNeverRecalled()
    {
        using var scope = TenantScope.For("acme");
        var memory = world.Cluster.Client.GetGrain<IRecruiterMemory>(GrainKeys.Recruiter("acme", "prot"));
        await memory.Remember(
        [
            new MemoryDraft("Tomasz Wolak is epileptic, keep him off the night crane shifts", MemoryKind.Fact, MemoryStatementReader.FactImportance, new MemorySource(MemorySource.Message, "p-1", "Tomasz Wolak is epileptic")),
            new MemoryDraft("Tomasz Wolak can start on 2 June and wants 32 zł an hour", MemoryKind.Fact, MemoryStatementReader.FactImportance, new MemorySource(MemorySource.Message, "p-2", "Tomasz Wolak can start on 2 June")),
        ]);

        var recalled = await memory.Recall("what do you have on Tomasz Wolak?", 8);

        Assert.Contains(recalled, r => r.Entry.Text.Contains("2 June", StringComparison.Ordinal));
        Assert.DoesNotContain(recalled, r => r.Entry.Text.Contains("epileptic", StringComparison.Ordinal));
    }
}
