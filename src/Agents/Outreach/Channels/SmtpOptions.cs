using MailKit.Security;

namespace Hiring.Agents.Outreach.Channels;

/// <summary>The SMTP channel's server and sender (configuration section Hiring:Outreach:Smtp).</summary>
public sealed class SmtpOptions
{
    public const string Section = "Hiring:Outreach:Smtp";

    public string Host { get; set; } = "";

    public int Port { get; set; } = 587;

    /// <summary>The sender's address; its domain also names the Message-Ids.</summary>
    public string From { get; set; } = "";

    /// <summary>The sender's display name (for example the company's recruiting team).</summary>
    public string FromName { get; set; } = "";

    /// <summary>The login, when the server wants one (with <see cref="Password"/>).</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>TLS: None, Auto, SslOnConnect, StartTls or StartTlsWhenAvailable.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTlsWhenAvailable;

    /// <summary>How long one network operation may take before the send counts as failed.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
