namespace Hiring.Gateway.Outreach;

/// <summary>The inbound reply webhook (configuration section Hiring:Outreach:Inbound).</summary>
public sealed class InboundReplyOptions
{
    public const string Section = "Hiring:Outreach:Inbound";

    /// <summary>
    /// The secret the email provider sends in the <see cref="InboundReplies.SecretHeader"/> header.
    /// Unset, every post is refused (the webhook is off).
    /// </summary>
    public string Secret { get; set; } = "";
}
