using Hiring.Agents.Outreach.Replies;
using Hiring.Contracts.Outreach;

namespace Hiring.Agents.Tests.Outreach.Replies;

public sealed class ReplyClassifierTests
{
    private static ReplyClassifier Classifier => ReplyResources.Classifier;

    [Theory]
    [InlineData("Yes, I'd love to chat! I'm free most afternoons next week.")]
    [InlineData("This sounds really interesting, count me in.")]
    [InlineData("Hi, thanks for reaching out. I'm definitely interested.")]
    [InlineData("sure, happy to hop on a call")]
    [InlineData("Great timing actually, I've just started looking around. Let's talk.")]
    [InlineData("I’d be keen to hear more about the team")]
    [InlineData("Absolutely. Here is my number: 0151 496 0000")]
    [InlineData("Tell me more, the role looks like a great fit for me.")]
    [InlineData("ok, let's set something up")]
    [InlineData("I wasn't looking, but this could be worth a conversation. I'd be open to hearing more.")]
    [InlineData("Happy to talk. What times work for you?")]
    [InlineData("Why not, let's have a chat.")]
    [InlineData("I would welcome a call about it.")]
    public void AnInterestedReplyIsReadAsInterested(string reply) => Assert.Equal(ReplyKind.Interested, Classifier.Classify(reply));

    [Theory]
    [InlineData("Thanks, but I'm not interested.")]
    [InlineData("No thank you, I'm happy where I am.")]
    [InlineData("I'm not really interested in a move right now.")]
    [InlineData("I've just accepted another offer, so I'll pass.")]
    [InlineData("Not looking for new roles at the moment, sorry.")]
    [InlineData("Appreciate it but this isn't the right time for me.")]
    [InlineData("nope")]
    [InlineData("I'm settled in my current role and not open to offers.")]
    [InlineData("I don't think this is a good fit, good luck with the search.")]
    [InlineData("The role sounds great but I'm no longer looking.")]
    [InlineData("Thank you, but I'm staying put for now.")]
    [InlineData("I'm going to sit this one out.")]
    [InlineData("Thanks for thinking of me, but no.")]
    [InlineData("Honestly not that keen on agency roles.")]
    [InlineData("This is too junior for me.")]
    [InlineData("I don't think I'm the right person for this.")]
    public void ADeclineIsReadAsNotInterested(string reply) => Assert.Equal(ReplyKind.NotInterested, Classifier.Classify(reply));

    [Theory]
    [InlineData("Is the role remote?")]
    [InlineData("What's the salary range for this position")]
    [InlineData("Sounds good. Do you sponsor visas?")]
    [InlineData("I'd like to know how many interview rounds there are.")]
    [InlineData("Could you tell me more about the tech stack.")]
    [InlineData("Wondering whether relocation support is offered")]
    [InlineData("Quick question about the team size: how big is it")]
    [InlineData("How flexible are the hours")]
    [InlineData("Interested, but is it remote?")]
    [InlineData("Please let me know the salary range.")]
    [InlineData("Who is this?")]
    public void AQuestionIsReadAsAQuestion(string reply) => Assert.Equal(ReplyKind.Question, Classifier.Classify(reply));

    [Theory]
    [InlineData("Please unsubscribe me.")]
    [InlineData("Stop emailing me.")]
    [InlineData("Remove me from your mailing list, thanks")]
    [InlineData("Not interested. Please don't contact me again.")]
    [InlineData("STOP")]
    [InlineData("Take me off whatever list this is")]
    [InlineData("I'd like to opt out of these messages")]
    [InlineData("No more emails please.")]
    [InlineData("Under GDPR I ask you to delete my data.")]
    [InlineData("Cease all contact.")]
    [InlineData("Please remove me, thanks.")]
    [InlineData("I don't want to receive any more messages from you.")]
    public void AskingToHearNoMoreIsReadAsUnsubscribe(string reply) => Assert.Equal(ReplyKind.Unsubscribe, Classifier.Classify(reply));

    [Theory]
    [InlineData("I am out of the office until 5 January with limited access to email.")]
    [InlineData("Automatic reply: Thank you for your message. I'm on annual leave and will respond when I return.")]
    [InlineData("OOO until Monday.")]
    [InlineData("Thanks for your email. I'm currently away until the 12th. For urgent matters please contact my colleague.")]
    [InlineData("I'm on parental leave until March.")]
    [InlineData("I am on maternity leave and will not be checking messages. Please contact hr@example.com.")]
    public void AnAwayMessageIsReadAsOutOfOffice(string reply) => Assert.Equal(ReplyKind.OutOfOffice, Classifier.Classify(reply));

    [Theory]
    [InlineData("Thanks for the message.")]
    [InlineData("Received, cheers.")]
    [InlineData("Hello from Lisbon.")]
    [InlineData("OK thanks for letting me know.")]
    [InlineData("Sorry, no idea who gave you my details, but hello.")]
    public void AReplyWithNothingToActOnIsOther(string reply) => Assert.Equal(ReplyKind.Other, Classifier.Classify(reply));

    [Fact]
    public void QuotedEarlierMailIsNotReadAsTheCandidatesWords()
    {
        const string reply = "Sounds great, let's talk.\n\nOn Mon, 1 Dec 2026, Ana wrote:\n> If you are not interested, reply STOP.";

        Assert.Equal(ReplyKind.Interested, Classifier.Classify(reply));
    }

    [Fact]
    public void EachQuestionOfAReplyIsAskedOnItsOwn()
    {
        var questions = Classifier.Questions("Thanks for reaching out! Is the role remote? And what is the salary range? I look forward to hearing from you.");

        Assert.Equal(["Is the role remote?", "And what is the salary range?"], questions);
    }

    [Fact]
    public void TheSameReplyIsAlwaysReadTheSameWay()
    {
        const string reply = "Interesting. Do you offer equity?";

        Assert.All(Enumerable.Range(0, 5), _ => Assert.Equal(ReplyKind.Question, Classifier.Classify(reply)));
    }
}
