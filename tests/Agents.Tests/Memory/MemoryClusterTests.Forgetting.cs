using Hiring.Agents.Identity;
using Hiring.Contracts.Memory;

namespace Hiring.Agents.Tests.Memory;

/// <summary>Forgetting exactly the part of what was told that a request names, in any language, and keeping the rest.</summary>
public sealed partial class MemoryClusterTests
{
    [Theory]
    // A part named in Spanish, among a client's terms kept one a memory.
    [InlineData("sie", "60 días", "Nuria Vidal", "Para Hoteles Sierra (Granada): honorarios del 18 %, contacto Nuria Vidal, y pagan a 60 días", "Borra la parte del pago de Sierra, lo demás sigue igual", null)]
    // A German part named by a noun (German writes nouns with a capital, as names).
    [InlineData("vog", "22 %", "Lindner", "Merk dir bitte: bei Vogt Maschinenbau ist Frau Lindner unsere Ansprechpartnerin, Honorar 22 % vom Jahresgehalt", "vergiss den Teil mit dem Honorar bei Vogt, der Rest bleibt", null)]
    // One of several clients in one note, forgotten in Hinglish with the verb last.
    [InlineData("dia", "9%", "11%", "note kar lo: Dialmax Services ka fee 11% hai, Brightcall Global ka 9%", "Brightcall wala note hata do, unki deal cancel ho gayi", null)]
    // A standing rule named by what it is about, with a reason beside it that reads like a change.
    [InlineData("sat", "gym time", "subject line", "my rule: no candidate calls on Saturdays, that's my gym time", "also always put the salary band in the subject line of outreach", "ditch the Saturday calls rule, my gym moved to weekdays")]
    // A part named in Danish by a word for it alone, told in the clause beside it.
    [InlineData("nor", "kørekort", "Mette Holm", "Til noterne: Nordlys Energi i Aarhus betaler 18 % i fee, kontaktperson er Mette Holm, og de kræver kørekort for alle montører", "Nordlys Energi har droppet kravet om kørekort, slet den del – resten gælder stadig", null)]
    // One of two candidates in one note, forgotten in Italian by a pronoun; what followed his name in lower case goes with him.
    [InlineData("gre", "libero da subito", "2 settimane", "Appunti candidati: Sara Conti (magazziniera, Verona) chiede 32k, preavviso 2 settimane. Paolo Greco (magazziniere, Vicenza) chiede 41k, libero da subito.", "Paolo Greco ha firmato con un'altra azienda, cancella tutto su di lui", null)]
    // A client no memory names: nothing kept goes, however alike the rest of the request reads.
    [InlineData("wit", "De Wit", "Sanne Mulder", "Voor de administratie: Bakker Techniek in Deventer betaalt 19%, contactpersoon is Sanne Mulder", "De Wit Bouw is gestopt met ons, gooi alles over hen weg", null)]
    public async Task ThePartARequestNamesGoesAndTheRestStays(string recruiter, string gone, string stays, string first, string second, string? third)
    {
        using var scope = TenantScope.For("acme");
        var (_, memory) = await ConversationAsync(recruiter, [first, second, .. third is null ? Array.Empty<string>() : [third]]);

        var told = string.Join('\n', (await memory.List()).Where(e => e.Kind != MemoryKind.Episode).Select(e => e.Text));
        Assert.DoesNotContain(gone, told, StringComparison.Ordinal);
        Assert.Contains(stays, told, StringComparison.Ordinal);
    }
}
