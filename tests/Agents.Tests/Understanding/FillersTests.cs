using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Agents.Tests.Understanding;

public sealed class FillersTests
{
    [Theory]
    [InlineData("uh Opera experience is a must and um yeah ideally German", "   Opera experience is a must and    yeah ideally German")]
    [InlineData("Erm, a nurse in, uhm, Leeds", "   , a nurse in,    , Leeds")]
    [InlineData("hmm maybe er Berlin", "    maybe    Berlin")]
    public void TheSoundsOfSpeechAreBlanked(string text, string read) => Assert.Equal(read, Fillers.Blank(text));

    [Theory]
    [InlineData("ER nurse in Umeå")]
    [InlineData("Umbraco and Erlang, Hummus Bar in Uhersky Brod")]
    [InlineData("the user's umbrella")]
    [InlineData("SAP MM and sap mm, 5 mm tolerances")]
    public void WordsThatStartLikeThemStay(string text) => Assert.Equal(text, Fillers.Blank(text));
}
