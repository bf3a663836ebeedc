using Hiring.Agents.Tests.Support;
using Hiring.Reasoning.Understanding.Requests;

namespace Hiring.Agents.Tests.Understanding.Requests;

/// <summary>Requests written in another language: the title they translate, their years and places, and no requirement made of their little words.</summary>
public sealed class OtherLanguageRequestTests
{
    [Theory]
    [InlineData("Cerchiamo un programmatore PHP a Bologna", "software engineer", "Bologna")]
    [InlineData("Se busca contadora en Sevilla, SAP FI", "accountant", "Seville")]
    [InlineData("Elektrikerin für Bremen gesucht", "electrician", "Bremen")]
    [InlineData("Wij zoeken een magazijnmedewerker in Eindhoven", "warehouse associate", "Eindhoven")]
    [InlineData("Pielęgniarka w Krakowie, oddział internistyczny", "registered nurse", "Krakow")]
    public void ATitleInAnotherLanguageIsTheTitleItTranslates(string text, string title, string city)
    {
        var reading = UnderstandingResources.Roles.Read(text);

        Assert.Equal(title, reading.Title?.Canonical);
        Assert.Equal(TitleOrigin.Vocabulary, reading.Title?.Origin);
        Assert.Contains(reading.Places.Places, p => p.Name == city);
    }

    [Theory]
    [InlineData("Buchhalter in Leipzig, mindestens 4 Jahre Berufserfahrung, DATEV", 4)]
    [InlineData("Comptable à Nantes, 6 ans d'expérience, Sage", 6)]
    [InlineData("Ingeniero de software en Bilbao, 3-5 años de experiencia, Java", 3)]
    public void YearsOfExperienceInAnotherLanguageAreTheMinimum(string text, int years) =>
        Assert.Equal(years, UnderstandingResources.Roles.Read(text).Years);

    [Theory]
    [InlineData("Koch für unser Hotel in Graz, Vollzeit, ab sofort")]
    [InlineData("Infirmière pour une clinique à Lille, temps plein")]
    [InlineData("Camarero para un restaurante en Málaga, jornada completa")]
    public void TheLittleWordsOfAnotherLanguageAreNoRequirements(string text)
    {
        var reading = UnderstandingResources.Roles.Read(text);

        Assert.NotNull(reading.Title);
        Assert.DoesNotContain(reading.Requirements, r => r.Subject is "für" or "fur" or "ab sofort" or "vollzeit" or "pour" or "une" or "temps plein" or "para" or "un" or "en" or "jornada completa");
    }

    [Fact]
    public void ATranslatedTitleIsNotAmongTheFormsTheSearchUses() =>
        Assert.DoesNotContain("sviluppatore", UnderstandingResources.Titles.Variants("software engineer"));
}
