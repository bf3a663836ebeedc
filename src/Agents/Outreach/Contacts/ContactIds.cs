using System.Security.Cryptography;
using System.Text;

namespace Hiring.Agents.Outreach.Contacts;

/// <summary>
/// Ids derived from what names a message, never drawn at random: a retry of a send has the same
/// message id, and a candidate's conversation about a project always has the same thread id.
/// </summary>
public static class ContactIds
{
    private const int IdHexLength = 24;

    /// <summary>The message id of the send with this idempotency key.</summary>
    public static string Message(string idempotencyKey) => "m-" + Hash(idempotencyKey)[..IdHexLength];

    /// <summary>The thread of a candidate's conversation about a project.</summary>
    public static string Thread(string projectId, string candidateId) => "t-" + Hash($"{projectId}\n{candidateId}")[..IdHexLength];

    /// <summary>The reply posted in a thread with the page form's token (the same form posted twice is one reply).</summary>
    public static string Reply(string threadId, string clientToken) => "r-" + Hash($"{threadId}\n{clientToken}")[..IdHexLength];

    /// <summary>SHA-256 (lower-case hex) of a message's subject and text.</summary>
    public static string TextHash(string subject, string text) => Hash($"{subject}\n\n{text}");

    /// <summary>SHA-256 of the UTF-8 text, lower-case hex.</summary>
    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
