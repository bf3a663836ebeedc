namespace Hiring.Agents.Streaming;

/// <summary>Stream provider and namespace names, in one place.</summary>
public static class AssistantStreams
{
    /// <summary>The Orleans stream provider every Hiring stream uses.</summary>
    public const string Provider = "hiring";

    /// <summary>Namespace of the per-recruiter assistant event streams (key: tenant/recruiter).</summary>
    public const string AssistantEvents = "assistant";

    /// <summary>Grain storage that keeps stream subscriptions.</summary>
    public const string PubSubStore = "PubSubStore";

    public static StreamId ForRecruiter(string recruiterKey) => StreamId.Create(AssistantEvents, recruiterKey);
}
