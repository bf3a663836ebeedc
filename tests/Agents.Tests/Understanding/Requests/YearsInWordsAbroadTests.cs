using Hiring.Agents.Tests.Support;

namespace Hiring.Agents.Tests.Understanding.Requests;

/// <summary>
/// Years written as words in other languages ("al menos siete años", "mindestens vier Jahre", "4-7 saal ka experience") are
/// the role's years; the same words elsewhere ("Charan", "due to") are no count. Years named back as too many in another
/// language, in words, are replaced by the one number that follows.
/// </summary>
public sealed class YearsInWordsAbroadTests
{
    [Theory]
    [InlineData("Vendedor para una tienda en Bilbao, al menos siete años de experiencia", 7)]
    [InlineData("Buchhalter in Graz gesucht, mindestens vier Jahre Erfahrung", 4)]
    [InlineData("Magazynier w Gdańsku, co najmniej trzy lata doświadczenia", 3)]
    [InlineData("Kok in Utrecht, minstens zes jaar ervaring", 6)]
    [InlineData("Accountant chahiye Jaipur mein, 4-7 saal ka experience", 4)]
    [InlineData("Comptable à Lyon, au moins deux ans d'expérience", 2)]
    [InlineData("Cuoco a Torino, almeno cinque anni di esperienza", 5)]
    [InlineData("Lagerist in Malmö, minst fyra år erfarenhet", 4)]
    [InlineData("Enfermera en Vigo, entre tres y cinco años de experiencia", 3)]
    public void YearsInWordsOfAnotherLanguageAreTheRolesYears(string text, int years) =>
        Assert.Equal(years, UnderstandingResources.Roles.Read(text).Years);

    [Theory]
    [InlineData("Charan, can you find a payroll clerk in Leeds")]
    [InlineData("due to the audit we need a payroll clerk in Leeds")]
    [InlineData("History teacher for years 7, 8 and 9 in Leeds")]
    public void NumberWordsOfOtherLanguagesElsewhereAreNoYears(string text) =>
        Assert.Null(UnderstandingResources.Roles.Read(text).Years);

    [Theory]
    [InlineData("Pastry chef in Goa, yrs 6 please", 6)]
    [InlineData("haan, saal 3 kar do", 3)]
    public void TheYearsNamedThenANumberAskedForAreTheYears(string text, int years) =>
        Assert.Equal(years, UnderstandingResources.Roles.Read(text).Years);

    [Theory]
    [InlineData("nine bahut zyada hai, five kar do", 5)]
    [InlineData("neun Jahre sind zu viel, sagen wir sechs", 6)]
    [InlineData("nueve años es demasiado, mejor cinco", 5)]
    [InlineData("9 c'est trop, disons 4", 4)]
    [InlineData("oops, nine is too many, let's say three", 3)]
    [InlineData("nine is too many to review, show me five", null)]
    [InlineData("ten is too many, let's say five", null)]
    [InlineData("actually that one is fine", null)]
    public void YearsNamedBackAsTooManyInWordsOrAnotherLanguageAreReplaced(string text, int? years) =>
        Assert.Equal(years, UnderstandingResources.Words.Years.Restated(text, 9));

    // A level wished instead, in other languages: before a word of "straight away" or "please", or right after "rather".
    [Theory]
    [InlineData("no, mejor mid directamente", "mid")]
    [InlineData("lieber gleich mid bitte", "mid")]
    [InlineData("hmm, plutôt lead, pardon", "lead")]
    [InlineData("eigentlich eher Principal, sorry", "principal")]
    public void ALevelWishedInsteadInAnotherLanguageIsTheLevel(string text, string level) =>
        Assert.Equal(level, UnderstandingResources.Roles.Read(text).Seniority);
}
