namespace Hiring.Contracts.Outreach;

/// <summary>What a candidate's reply says, as the built-in classifier reads it.</summary>
[GenerateSerializer, Alias("hiring.outreach.reply-kind")]
public enum ReplyKind
{
    /// <summary>Nothing the rules recognise (thanks, small talk); the recruiter reads it.</summary>
    Other = 0,

    /// <summary>The candidate wants to talk. Moves nothing by itself: the recruiter decides.</summary>
    Interested = 1,

    /// <summary>The candidate declines.</summary>
    NotInterested = 2,

    /// <summary>The candidate asks something; answered only from the approved FAQ.</summary>
    Question = 3,

    /// <summary>The candidate wants no more messages; recorded in the contact ledger at once.</summary>
    Unsubscribe = 4,

    /// <summary>An automatic away message.</summary>
    OutOfOffice = 5,
}
