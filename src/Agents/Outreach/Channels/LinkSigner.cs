using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Hiring.Agents.Identity;
using Microsoft.Extensions.Options;

namespace Hiring.Agents.Outreach.Channels;

/// <summary>
/// Signs and verifies the links that reach the candidate's side of the built-in channel: a token of
/// the purpose, tenant, thread id, message id and expiry, with an HMAC-SHA256 of them under the key
/// from configuration. Nothing is stored: the signature is the proof.
/// </summary>
public sealed class LinkSigner
{
    public const string ReadPath = "candidate/";
    public const string UnsubscribePath = "candidate/unsubscribe/";
    private const int MinKeyBytes = 32;
    private const char Separator = '|';
    private const int ReplyMacChars = 20;

    private readonly byte[] _key;
    private readonly OutreachLinkOptions _options;
    private readonly Uri _root;
    private readonly TimeProvider _time;

    public LinkSigner(IOptions<OutreachLinkOptions> options, TimeProvider time)
    {
        _options = options.Value;
        _time = time;
        _key = DecodeKey(_options.SigningKey);
        // Relative links resolve below the base only when it ends with a slash ("/app" would lose "app").
        _root = _options.BaseUrl.AbsoluteUri.EndsWith('/') ? _options.BaseUrl : new Uri(_options.BaseUrl.AbsoluteUri + "/");
    }

    /// <summary>The link to the candidate's page for the thread, valid for the configured lifetime.</summary>
    public Uri ReadLink(string tenant, string threadId, string messageId) => Link(ReadPath, LinkPurpose.Read, tenant, threadId, messageId);

    /// <summary>The one-click unsubscribe link for the candidate of the thread.</summary>
    public Uri UnsubscribeLink(string tenant, string threadId, string messageId) => Link(UnsubscribePath, LinkPurpose.Unsubscribe, tenant, threadId, messageId);

    /// <summary>The token of a link (the last segment of its path).</summary>
    public string Sign(SignedLink link)
    {
        foreach (var part in new[] { link.Tenant, link.ThreadId, link.MessageId })
        {
            if (!GrainKeys.IsValidSegment(part))
            {
                throw new ArgumentException($"'{part}' cannot be part of a link.", nameof(link));
            }
        }

        var payload = Encoding.UTF8.GetBytes(string.Join(
            Separator, (int)link.Purpose, link.Tenant, link.ThreadId, link.MessageId, link.ExpiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
        return $"{Base64Url.EncodeToString(payload)}.{Base64Url.EncodeToString(HMACSHA256.HashData(_key, payload))}";
    }

    /// <summary>
    /// The token of a message's reply address (<c>{message}.{tenant}.{mac}</c>, short enough for an
    /// email address's local part): an HMAC of the tenant and message in lower-case hex, so it cannot
    /// be forged or moved to another tenant's message. It does not expire: mail is answered late.
    /// </summary>
    public string ReplyToken(string tenant, string messageId) =>
        GrainKeys.IsValidSegment(tenant) && GrainKeys.IsValidSegment(messageId) && !messageId.Contains('.', StringComparison.Ordinal)
            ? $"{messageId}.{tenant}.{ReplyMac(tenant, messageId)}"
            : throw new ArgumentException($"'{tenant}' and '{messageId}' cannot name a reply address.", nameof(messageId));

    /// <summary>The tenant and message a reply token names, or null when it is malformed or its HMAC is wrong.</summary>
    public (string Tenant, string MessageId)? ReadReplyToken(string? token)
    {
        var first = token?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        var last = token?.LastIndexOf('.') ?? -1;
        if (token is null || first <= 0 || last <= first + 1 || token.Length - last - 1 != ReplyMacChars)
        {
            return null;
        }

        var (messageId, tenant) = (token[..first], token[(first + 1)..last]);
        if (!GrainKeys.IsValidSegment(tenant) || !GrainKeys.IsValidSegment(messageId))
        {
            return null;
        }

        // Mail systems may fold an address's case: the hex is compared in lower case.
        var mac = Encoding.ASCII.GetBytes(token[(last + 1)..].ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(mac, Encoding.ASCII.GetBytes(ReplyMac(tenant, messageId))) ? (tenant, messageId) : null;
    }

    /// <summary>Checks a token's signature, expiry and purpose; a refused token names nothing.</summary>
    public LinkCheck Verify(string? token, LinkPurpose purpose)
    {
        var dot = token?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        if (token is null || dot <= 0 || !Base64Url.IsValid(token.AsSpan(0, dot)) || !Base64Url.IsValid(token.AsSpan(dot + 1)))
        {
            return new LinkCheck(null, LinkRefusal.Malformed);
        }

        var payload = Base64Url.DecodeFromChars(token.AsSpan(0, dot));
        if (!CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(_key, payload), Base64Url.DecodeFromChars(token.AsSpan(dot + 1))))
        {
            return new LinkCheck(null, LinkRefusal.Tampered);
        }

        var parts = Encoding.UTF8.GetString(payload).Split(Separator);
        if (parts.Length != 5 || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out var signedFor) || !long.TryParse(parts[4], CultureInfo.InvariantCulture, out var expiry))
        {
            return new LinkCheck(null, LinkRefusal.Malformed);
        }

        var link = new SignedLink((LinkPurpose)signedFor, parts[1], parts[2], parts[3], DateTimeOffset.FromUnixTimeSeconds(expiry));
        return link.Purpose != purpose ? new LinkCheck(null, LinkRefusal.WrongPurpose)
            : _time.GetUtcNow() >= link.ExpiresAt ? new LinkCheck(null, LinkRefusal.Expired)
            : new LinkCheck(link, null);
    }

    private string ReplyMac(string tenant, string messageId) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"reply{Separator}{tenant}{Separator}{messageId}")))[..ReplyMacChars];

    private Uri Link(string path, LinkPurpose purpose, string tenant, string threadId, string messageId) =>
        new(_root, path + Sign(new SignedLink(purpose, tenant, threadId, messageId, _time.GetUtcNow() + _options.Lifetime)));

    private static byte[] DecodeKey(string signingKey)
    {
        var key = new byte[signingKey.Length];
        if (!Convert.TryFromBase64String(signingKey, key, out var length) || length < MinKeyBytes)
        {
            throw new OptionsValidationException(
                OutreachLinkOptions.Section, typeof(OutreachLinkOptions), [$"{OutreachLinkOptions.Section}:SigningKey must be a base64 key of at least {MinKeyBytes} bytes."]);
        }

        return key[..length];
    }
}
