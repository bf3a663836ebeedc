namespace Hiring.Agents.Outreach.Channels;

/// <summary>The candidate page's signed links (configuration section Hiring:Outreach:Links).</summary>
public sealed class OutreachLinkOptions
{
    public const string Section = "Hiring:Outreach:Links";

    /// <summary>The HMAC-SHA256 key, base64, at least 32 bytes. Keep it secret: whoever holds it can forge links.</summary>
    public string SigningKey { get; set; } = "";

    /// <summary>The gateway's public address; links point below it.</summary>
    public Uri BaseUrl { get; set; } = new("http://localhost:5000/");

    /// <summary>How long a link stays valid.</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromDays(90);
}
