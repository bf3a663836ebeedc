namespace Hiring.Agents.Outreach.Channels;

/// <summary>The names of the channels, as sends and the ledger spell them.</summary>
public static class OutreachChannelNames
{
    public const string BuiltIn = "built-in";
    public const string Smtp = "smtp";
}
