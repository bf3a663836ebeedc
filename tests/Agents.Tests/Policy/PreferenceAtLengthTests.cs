namespace Hiring.Agents.Tests.Policy;

/// <summary>Preferences said at length or in passing: refused, with the request said before them kept.</summary>
public sealed class PreferenceAtLengthTests
{
    [Theory]
    [InlineData("Paralegal in Cork, no one likely to head off on maternity leave soon", "pregnancy", "Paralegal in Cork", "maternity")]
    [InlineData("Bank teller in Bradford, no one who needs to step out for prayers", "religion", "Bank teller in Bradford", "prayers")]
    [InlineData("source more for the nursing role and exclude anyone from a Roma background", "ethnicity", "source more for the nursing role", "Roma")]
    [InlineData("Barista in Leeds, somebody who hasn't got kids at home would suit the hours", "marital-status", "Barista in Leeds", "kids")]
    [InlineData("Welder in Hull, a fella would slot in better with the crew", "gender", "Welder in Hull", "fella")]
    [InlineData("Concierge in Dubai, nobody too ethnic for the lobby", "ethnicity", "Concierge in Dubai", "ethnic")]
    [InlineData("Analyst in Boise, only people born here", "national-origin", "Analyst in Boise", "born")]
    [InlineData("Lehrer in Köln, bitte keine Ausländer", "national-origin", "Lehrer in Köln", "Ausländer")]
    [InlineData("Data engineer in Provo, someone LDS would be ideal", "religion", "Data engineer in Provo", "LDS")]
    [InlineData("Cashier in Leeds, not someone who'll be wanting Saturday mornings off for synagogue", "religion", "Cashier in Leeds", "synagogue")]
    [InlineData("Porter in Derby, must be mentally fit, nobody on ongoing medication", "disability", "Porter in Derby", "medication")]
    [InlineData("Receptionist in Perth, make sure she isn't pregnant", "pregnancy", "Receptionist in Perth", "pregnant")]
    [InlineData("Contable en Sevilla, prefiero un hombre", "gender", "Contable en Sevilla", "hombre")]
    public void APreferenceSaidAtLengthIsRefusedAndTheRequestBeforeItGoesOn(string message, string attribute, string kept, string term)
    {
        var screening = PolicyResources.Messages.Screen(message);

        Assert.Contains(attribute, screening.Findings.Select(f => f.Attribute));
        Assert.StartsWith(kept, screening.Remaining, StringComparison.Ordinal);
        Assert.DoesNotContain(term, screening.Remaining, StringComparison.OrdinalIgnoreCase);
    }
}
