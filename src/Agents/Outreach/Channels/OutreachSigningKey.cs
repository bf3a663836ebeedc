using System.Security.Cryptography;
using Hiring.Storage;

namespace Hiring.Agents.Outreach.Channels;

/// <summary>
/// The links' signing key when none is configured: generated once and kept owner-only in the data
/// folder (as the demo API key is), so links already sent keep working after a restart.
/// </summary>
public static class OutreachSigningKey
{
    public const string FileName = "outreach-signing-key";
    private const int KeyBytes = 32;

    public static string Resolve(string dataDirectory) =>
        OwnerOnly.KeptSecret(dataDirectory, FileName, () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeyBytes)));
}
