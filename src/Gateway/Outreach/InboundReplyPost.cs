namespace Hiring.Gateway.Outreach;

/// <summary>
/// What an email provider's inbound webhook posts (JSON): the reply's own words, and either the
/// address it was sent to (the Reply-To of the outgoing mail, <c>local+token@domain</c>) or the
/// token itself.
/// </summary>
/// <param name="Id">The provider's id of the email (its Message-Id): the same email posted twice is one reply.</param>
/// <param name="To">The address or addresses the reply was sent to.</param>
/// <param name="Token">The reply token, when the provider has already taken it from the address.</param>
/// <param name="Text">The reply's text without the quoted earlier mail (most providers offer it as "stripped text").</param>
public sealed record InboundReplyPost(string? Id, string? To, string? Token, string? Text);
