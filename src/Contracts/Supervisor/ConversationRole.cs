namespace Hiring.Contracts.Supervisor;

/// <summary>Who said a conversation turn.</summary>
[GenerateSerializer, Alias("hiring.supervisor.conversation-role")]
public enum ConversationRole
{
    /// <summary>The recruiter.</summary>
    Recruiter = 0,

    /// <summary>The assistant.</summary>
    Assistant = 1,
}
