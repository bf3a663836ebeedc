using Hiring.Contracts.Projects;
using Hiring.Agents.Tests.Support;
using Hiring.Reasoning.Understanding.Requests;

namespace Hiring.Agents.Tests.Understanding.Requests;

/// <summary>
/// A nurse named by the ward she works in and a driver by what he drives, in other languages: the specialty's title, not
/// the plain one with the ward left over as a requirement ("enfermera de quirófano" is an operating room nurse).
/// </summary>
public sealed class SpecialtyTitlesInOtherLanguagesTests
{
    [Theory]
    [InlineData("Clínica en Málaga busca enfermero de quirófano con experiencia", "operating room nurse", "Málaga")]
    [InlineData("Infirmière de bloc opératoire pour une clinique à Bordeaux", "operating room nurse", "Bordeaux")]
    [InlineData("Pielęgniarka operacyjna, szpital w Krakowie", "operating room nurse", "Krakow")]
    [InlineData("Cerchiamo infermiere di terapia intensiva a Padova", "icu nurse", "Padua")]
    [InlineData("Wir suchen Intensivpfleger für eine Klinik in Essen", "icu nurse", "Essen")]
    [InlineData("Hospital em Porto Alegre contrata enfermeira de UTI", "icu nurse", "Porto Alegre")]
    [InlineData("Vacature: IC-verpleegkundige in Zwolle", "icu nurse", "Zwolle")]
    [InlineData("Enfermera de urgencias para un hospital en Bilbao", "emergency room nurse", "Bilbao")]
    [InlineData("Infermiera pediatrica per un ospedale a Bari", "pediatric nurse", "Bari")]
    [InlineData("Kinderkrankenpflegerin für eine Klinik in Kiel", "pediatric nurse", "Kiel")]
    [InlineData("Conductor de autobús para una empresa en Murcia", "bus driver", "Murcia")]
    [InlineData("Chauffeur de bus pour une compagnie à Rennes", "bus driver", "Rennes")]
    [InlineData("Busfahrer in Kassel gesucht, Führerschein D", "bus driver", "Kassel")]
    [InlineData("Motorista de caminhão em Curitiba, CNH E", "truck driver", "Curitiba")]
    public void AWardOrAVehicleMakesTheSpecialtyTitle(string text, string title, string city)
    {
        var reading = UnderstandingResources.Roles.Read(text);

        Assert.Equal(title, reading.Title?.Canonical);
        Assert.Equal(TitleOrigin.Vocabulary, reading.Title?.Origin);
        Assert.Contains(reading.Places.Places, p => p.Name == city);
    }

    [Theory]
    [InlineData("Buscamos enfermera de quirófano en Sevilla", "quirofano")]
    [InlineData("Infirmière en réanimation à Lille", "reanimation")]
    public void TheWardIsNoRequirement(string text, string ward)
    {
        var reading = UnderstandingResources.Roles.Read(text);

        Assert.DoesNotContain(reading.Requirements, r => r.Subject.Contains(ward, StringComparison.OrdinalIgnoreCase));
    }
}
