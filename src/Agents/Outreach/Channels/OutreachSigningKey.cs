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

    public static string Resolve(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, FileName);
        if (File.Exists(path) && File.ReadAllText(path).Trim() is { Length: > 0 } stored)
        {
            return stored;
        }

        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeyBytes));
        OwnerOnly.SecureFolder(dataDirectory);
        OwnerOnly.WriteAllText(path, key);
        return key;
    }
}
