using Hiring.Agents.Memory;
using Hiring.Agents.Tests.Reasoning.Support;
using Hiring.Contracts.Memory;

namespace Hiring.Agents.Tests.Memory;

/// <summary>
/// Notes told without "remember", in the words recruiters use: headed by whom they are on ("notes on X for the … req:", "Datos de X
/// para …:"), by what was agreed with a client (whose name stays with the terms), a standing rule said with "from now on" in other
/// languages or typed loosely, a Hinglish fact that puts its verb last; and a Hinglish question to the memory.
/// </summary>
public sealed class MemoryNotesInOtherWordsTests
{
    private static readonly MemoryRules Rules = MemoryRules.Load(TestResources.Prompts);
    private readonly MemoryStatementReader _reader = new(Rules, new ProtectedNotes(Rules));

    [Theory]
    [InlineData("notes on Priya Nair for the Austin ICU req: 3 wks notice, wants day shifts, CCRN current", "Priya Nair", "3 wks notice")]
    [InlineData("Datos de Lucía Prado para la vacante de contable en Sevilla: preaviso de 15 días, pide 32 mil brutos", "Lucía Prado", "15 días")]
    [InlineData("Notizen zu Jonas Berger für die Schichtleiter-Stelle: 3 Monate Kündigungsfrist, will 4.200 brutto", "Jonas Berger", "3 Monate")]
    [InlineData("Agreed with Morrow Foods this morning: 19% fee, 60-day guarantee, invoice on start", "Morrow Foods", "19%")]
    public void ANoteHeadedByWhomOrWhatItIsOnKeepsThatName(string message, string name, string detail)
    {
        var kept = string.Join('\n', _reader.Read(message).Select(s => s.Text));

        Assert.Contains(name, kept, StringComparison.Ordinal);
        Assert.Contains(detail, kept, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de ahora en adelante los mensajes a clientes en tono formal, firmados 'Un saludo, Iker'")]
    [InlineData("de ahora en adelante manda los perfiles en tabla, máximo 6")]
    [InlineData("à partir de maintenant, envoie-moi les CV en PDF")]
    [InlineData("goin forward send me client shortlists as a table")]
    public void AStandingRuleSaidInOtherWordsIsAPreference(string message) =>
        Assert.Equal(MemoryKind.Preference, Assert.Single(_reader.Read(message)).Kind);

    [Theory]
    [InlineData("HM Rakesh Menon hai", "Rakesh Menon")]
    [InlineData("Dialmax ki HR Pooja Sethi hai", "Pooja Sethi")]
    public void AHinglishFactWithItsVerbLastIsKept(string message, string name) =>
        Assert.Contains(name, Assert.Single(_reader.Read(message)).Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("Dialmax ka HM kaun hai")]
    [InlineData("kestrel ki site visit kab hoti h?")]
    public void AHinglishQuestionAsksWithItsQuestionWordLast(string message) =>
        Assert.Matches(new System.Text.RegularExpressions.Regex(Rules.WhQuestions, System.Text.RegularExpressions.RegexOptions.IgnoreCase), message);
}
