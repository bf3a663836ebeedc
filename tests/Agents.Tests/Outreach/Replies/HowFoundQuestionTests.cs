using Hiring.Agents.Outreach.Replies;
using Hiring.Contracts.Outreach;

namespace Hiring.Agents.Tests.Outreach.Replies;

/// <summary>"How did you find me?", however a candidate puts it, told apart from questions that only sound like it (the rules are in replies.yaml).</summary>
public sealed class HowFoundQuestionTests
{
    private static ReplyClassifier Classifier => ReplyResources.Classifier;

    [Theory]
    [InlineData("How did you find me?")]
    [InlineData("how did u find me")]
    [InlineData("How'd you find me??")]
    [InlineData("Where did you get my details?")]
    [InlineData("where did you get my deatils from")]
    [InlineData("How did you get my email address?")]
    [InlineData("how did you get hold of my CV")]
    [InlineData("Where did you find my profile?")]
    [InlineData("Who gave you my number?")]
    [InlineData("Who shared my profile with you?")]
    [InlineData("How do you have my email?")]
    [InlineData("Can I ask how you came across my profile?")]
    [InlineData("Just curious, how did you hear about me?")]
    [InlineData("how on earth did you get my phone number")]
    [InlineData("How exactly did you obtain my personal data?")]
    [InlineData("Which website did you get my details from?")]
    [InlineData("How did my CV end up with you?")]
    [InlineData("Where does my data come from?")]
    [InlineData("What is the source of my information?")]
    [InlineData("Why do you have my contact details?")]
    [InlineData("I'd like to know where you got my information.")]
    [InlineData("hi, how did yuo find me? never applied to you")]
    [InlineData("HOW DID YOU GET MY EMAIL")]
    [InlineData("Not interested, thanks. By the way, how did you get my email?")]
    [InlineData("Woher haben Sie meine Daten?")]
    [InlineData("Wie sind Sie auf mich gekommen?")]
    [InlineData("Comment avez-vous eu mes coordonnées ?")]
    [InlineData("Où avez-vous trouvé mon profil ?")]
    public void AskingHowWeFoundThemIsRecognisedHoweverItIsPut(string reply) => Assert.True(Classifier.AsksHowTheyWereFound(reply), reply);

    [Theory]
    [InlineData("How did you find the role?")]
    [InlineData("Did you find my CV ok?")]
    [InlineData("Did you get my email from last week?")]
    [InlineData("Did you receive my details?")]
    [InlineData("Where can I find the job description?")]
    [InlineData("How do I find the office?")]
    [InlineData("How do you find working there?")]
    [InlineData("Where did you get the salary figure from?")]
    [InlineData("How did you get into recruiting?")]
    [InlineData("Can you find me a time next week?")]
    [InlineData("How would you find me a better role than this one?")]
    [InlineData("Where do I send my details?")]
    [InlineData("How did the team find its last hire?")]
    [InlineData("How did my interview go?")]
    public void AQuestionThatOnlySoundsLikeItIsNotTakenForIt(string reply) => Assert.False(Classifier.AsksHowTheyWereFound(reply), reply);

    [Fact]
    public void TheSentenceThatAsksIsKeptApartFromTheQuestionsForTheFaq()
    {
        const string Reply = "Not interested, thanks. By the way, how did you get my email? Is the role remote?";

        Assert.Equal(ReplyKind.NotInterested, Classifier.Classify(Reply));
        Assert.Equal(["By the way, how did you get my email?"], Classifier.HowFoundQuestions(Reply));
        Assert.Equal(["Is the role remote?"], Classifier.Questions(Reply).Where(q => !Classifier.AsksHowTheyWereFound(q)));
    }
}
