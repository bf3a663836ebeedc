using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hiring.Agents.Identity;
using Hiring.Agents.Outreach.Channels;
using Hiring.Agents.Outreach.Contacts;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Outreach;
using Hiring.Contracts.Supervisor;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Hiring.Gateway.Outreach;

/// <summary>
/// POST /outreach/inbound: an email provider's inbound webhook. The shared secret is checked first
/// (in constant time; missing or wrong: 401, nothing read); the reply token of the address the reply
/// went to names the tenant and message (a token that does not verify, or names no message of its
/// tenant's ledger, is the same 404, so nothing tells whether a thread exists elsewhere); the reply
/// then goes to the project's outreach agent exactly like a reply on the candidate page, so it is
/// recorded once, classified, answered from the FAQ and told to the recruiter the same way.
/// </summary>
public sealed class InboundReplies(LinkSigner links, ContactLedgers ledgers, IGrainFactory grains, IOptions<InboundReplyOptions> options)
{
    public const string Path = "/outreach/inbound";
    public const string SecretHeader = "X-Hiring-Inbound-Secret";

    /// <summary>Most bytes of a post: the reply's characters, encoded as JSON, and the addresses.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<IResult> ReceiveAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!Authenticated(request))
        {
            return Results.Problem("The inbound secret is missing or wrong.", statusCode: StatusCodes.Status401Unauthorized);
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            return TooLarge();
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }

        InboundReplyPost? post;
        try
        {
            post = await JsonSerializer.DeserializeAsync<InboundReplyPost>(request.Body, Json, cancellationToken);
        }
        catch (JsonException ex)
        {
            return Results.Problem($"The body is not the JSON of an inbound reply: {ex.Message}", statusCode: StatusCodes.Status400BadRequest);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge();
        }

        var text = post?.Text?.Trim() ?? "";
        if (text.Length == 0)
        {
            return Results.Problem("The reply has no text.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (links.ReadReplyToken(post!.Token ?? TokenIn(post.To)) is not { } named)
        {
            return NoThread();
        }

        var ledger = await ledgers.OpenAsync(named.Tenant, cancellationToken);
        if (ledger.Index.ById(named.MessageId) is not { } message)
        {
            return NoThread();
        }

        // The provider's id of the email makes a redelivered webhook the same reply.
        var clientToken = "mail-" + ContactIds.Hash(post.Id is { Length: > 0 } id ? id : text)[..32];
        try
        {
            using var tenant = TenantScope.For(named.Tenant);
            var reply = await grains.GetGrain<IOutreachAgent>(GrainKeys.Project(named.Tenant, message.ProjectId))
                .ReceiveReply(new CandidateReplyInput(message.ThreadId, message.Id, clientToken, text));
            return Results.Ok(new { reply = reply.Id, kind = reply.Kind.ToString() });
        }
        catch (AssistantRefusalException refusal)
        {
            return refusal.Code == RefusalCodes.NotFound ? NoThread()
                : Results.Problem(refusal.Message, statusCode: refusal.Code == RefusalCodes.TooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest);
        }
    }

    private bool Authenticated(HttpRequest request)
    {
        var secret = options.Value.Secret;
        var given = request.Headers[SecretHeader].ToString();
        // Hashes have one length, so the comparison's time says nothing about the secret's length either.
        return secret.Length > 0 && given.Length > 0
            && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
    }

    /// <summary>The token in the local part of the first address that carries one (<c>local+token@domain</c>).</summary>
    private static string? TokenIn(string? to) =>
        to is not null && InternetAddressList.TryParse(to, out var addresses)
            ? addresses.Mailboxes.Select(m => m.LocalPart).Where(l => l.Contains('+', StringComparison.Ordinal)).Select(l => l[(l.IndexOf('+', StringComparison.Ordinal) + 1)..]).FirstOrDefault()
            : null;

    private static IResult NoThread() => Results.Problem("No thread has this reply address.", statusCode: StatusCodes.Status404NotFound);

    private static IResult TooLarge() => Results.Problem($"An inbound reply is at most {MaxBodyBytes / 1024} KiB.", statusCode: StatusCodes.Status413PayloadTooLarge);
}
