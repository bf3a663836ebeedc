using System.Globalization;
using Hiring.Agents.Identity;
using Hiring.Agents.Outreach.Channels;
using Hiring.Agents.Outreach.Contacts;
using Hiring.Agents.Outreach.Replies;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Outreach;
using Hiring.Contracts.Supervisor;

namespace Hiring.Gateway.Candidates;

/// <summary>
/// The candidate's side of the built-in channel, reached through a signed link and nothing else (no
/// login): the thread the link names and only that thread, a form to reply, the screen's times to
/// pick (<see cref="CandidateScreenSection"/>), and the unsubscribe action. A link that is malformed, tampered with, expired or for another purpose gets a 4xx page
/// and changes nothing. Replies, picks and unsubscribes go to the project's outreach agent, which records them.
/// </summary>
public sealed class CandidatePage(LinkSigner links, ContactLedgers ledgers, ICandidateInbox inbox, ReplyRules rules, CandidatePageTemplates templates, CandidateScreenSection screen, IGrainFactory grains)
{
    /// <summary>Most bytes of a posted form: the reply's characters, encoded, and the token.</summary>
    public const int MaxFormBytes = 64 * 1024;

    public async Task<IResult> ShowAsync(string token, CancellationToken cancellationToken)
    {
        if (await OpenAsync(token, LinkPurpose.Read, cancellationToken) is not { Found: { } found })
        {
            return await RefusedAsync(token, LinkPurpose.Read, cancellationToken);
        }

        return Page(StatusCodes.Status200OK, rules.PageText("title"), await ThreadAsync(found, null, cancellationToken));
    }

    public async Task<IResult> ReplyAsync(string token, HttpRequest request, CancellationToken cancellationToken)
    {
        if (await OpenAsync(token, LinkPurpose.Read, cancellationToken) is not { Found: { } found })
        {
            return await RefusedAsync(token, LinkPurpose.Read, cancellationToken);
        }

        if (request.ContentLength > MaxFormBytes || !request.HasFormContentType)
        {
            return Page(StatusCodes.Status413PayloadTooLarge, rules.PageText("title"), await ThreadAsync(found, TooLong(), cancellationToken));
        }

        if (request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxFormBytes;
        }

        var form = await request.ReadFormAsync(cancellationToken);
        var text = form["reply"].ToString().Trim();
        if (text.Length == 0 || text.Length > ContactLimits.MaxReplyLength)
        {
            var (status, notice) = text.Length == 0 ? (StatusCodes.Status400BadRequest, rules.PageText("empty")) : (StatusCodes.Status413PayloadTooLarge, TooLong());
            return Page(status, rules.PageText("title"), await ThreadAsync(found, notice, cancellationToken));
        }

        try
        {
            using var scope = TenantScope.For(found.Link.Tenant);
            await AgentOf(found).ReceiveReply(new CandidateReplyInput(found.Link.ThreadId, found.Link.MessageId, form["token"].ToString(), text));
        }
        catch (AssistantRefusalException refusal)
        {
            return Page(refusal.Code == RefusalCodes.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest, rules.PageText("title"), await ThreadAsync(found, refusal.Message, cancellationToken));
        }

        // Post, redirect, get: reloading the page shows the thread and never posts the reply again.
        return Results.Redirect("/" + LinkSigner.ReadPath + token, permanent: false, preserveMethod: false);
    }

    /// <summary>A pick of an offered time (form field "start"), or a cancellation (field "cancel": the screen id); then back to the page.</summary>
    public async Task<IResult> ScreenAsync(string token, HttpRequest request, CancellationToken cancellationToken)
    {
        if (await OpenAsync(token, LinkPurpose.Read, cancellationToken) is not { Found: { } found })
        {
            return await RefusedAsync(token, LinkPurpose.Read, cancellationToken);
        }

        var form = request.HasFormContentType && request.ContentLength <= MaxFormBytes ? await request.ReadFormAsync(cancellationToken) : null;
        var cancel = form?["cancel"].ToString();
        var picked = DateTimeOffset.TryParse(form?["start"].ToString(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var start);
        if (string.IsNullOrEmpty(cancel) && !picked)
        {
            return Page(StatusCodes.Status400BadRequest, rules.PageText("title"), await ThreadAsync(found, rules.PageText("empty"), cancellationToken));
        }

        try
        {
            using var scope = TenantScope.For(found.Link.Tenant);
            _ = string.IsNullOrEmpty(cancel)
                ? await AgentOf(found).PickScreenSlot(found.Link.ThreadId, found.Link.MessageId, start)
                : await AgentOf(found).CancelScreen(cancel, found.Link.ThreadId);
        }
        catch (AssistantRefusalException refusal)
        {
            var status = refusal.Code switch { RefusalCodes.NotFound => StatusCodes.Status404NotFound, RefusalCodes.Conflict => StatusCodes.Status409Conflict, _ => StatusCodes.Status400BadRequest };
            return Page(status, rules.PageText("title"), await ThreadAsync(found, refusal.Message, cancellationToken));
        }

        return Results.Redirect("/" + LinkSigner.ReadPath + token, permanent: false, preserveMethod: false);
    }

    /// <summary>The thread's screen invitation as an .ics file.</summary>
    public async Task<IResult> InvitationAsync(string token, CancellationToken cancellationToken)
    {
        if (await OpenAsync(token, LinkPurpose.Read, cancellationToken) is not { Found: { } found })
        {
            return await RefusedAsync(token, LinkPurpose.Read, cancellationToken);
        }

        return await screen.InvitationAsync(found.Link, cancellationToken) is { } invitation
            ? Results.Text(invitation, "text/calendar; charset=utf-8", System.Text.Encoding.UTF8)
            : Page(StatusCodes.Status404NotFound, rules.PageText("refused_title"), templates.Render("notice", ("text", rules.PageText("not_found"))));
    }

    public async Task<IResult> ConfirmUnsubscribeAsync(string token, CancellationToken cancellationToken)
    {
        if (await OpenAsync(token, LinkPurpose.Unsubscribe, cancellationToken) is not { Found: { } found })
        {
            return await RefusedAsync(token, LinkPurpose.Unsubscribe, cancellationToken);
        }

        return found.Ledger.Index.Unsubscribe(found.Message.CandidateId) is not null
            ? Unsubscribed()
            : Page(StatusCodes.Status200OK, rules.PageText("unsubscribe_title"), templates.Render("unsubscribe", ("confirm", rules.PageText("unsubscribe_confirm")), ("button", rules.PageText("unsubscribe_button"))));
    }

    /// <summary>The unsubscribe, recorded at once (also RFC 8058's one-click POST from a mail client).</summary>
    public async Task<IResult> UnsubscribeAsync(string token, CancellationToken cancellationToken)
    {
        if (await OpenAsync(token, LinkPurpose.Unsubscribe, cancellationToken) is not { Found: { } found })
        {
            return await RefusedAsync(token, LinkPurpose.Unsubscribe, cancellationToken);
        }

        using (TenantScope.For(found.Link.Tenant))
        {
            await AgentOf(found).Unsubscribe(found.Link.ThreadId, found.Link.MessageId);
        }

        return Unsubscribed();
    }

    private IOutreachAgent AgentOf(FoundThread found) => grains.GetGrain<IOutreachAgent>(GrainKeys.Project(found.Link.Tenant, found.Message.ProjectId));

    /// <summary>What a valid link names, when the ledger has its message in its thread; null otherwise.</summary>
    private async Task<(LinkCheck Check, FoundThread? Found)> OpenAsync(string token, LinkPurpose purpose, CancellationToken cancellationToken)
    {
        var check = links.Verify(token, purpose);
        if (check.Link is not { } link)
        {
            return (check, null);
        }

        var ledger = await ledgers.OpenAsync(link.Tenant, cancellationToken);
        return ledger.Index.ById(link.MessageId) is { } message && message.ThreadId == link.ThreadId
            ? (check, new FoundThread(link, ledger, message))
            : (check, null);
    }

    private async Task<IResult> RefusedAsync(string token, LinkPurpose purpose, CancellationToken cancellationToken)
    {
        var (check, _) = await OpenAsync(token, purpose, cancellationToken);
        var (status, key) = check.Refusal switch
        {
            LinkRefusal.Tampered => (StatusCodes.Status403Forbidden, "tampered"),
            LinkRefusal.Expired => (StatusCodes.Status410Gone, "expired"),
            LinkRefusal.WrongPurpose => (StatusCodes.Status404NotFound, "wrong_purpose"),
            LinkRefusal.Malformed => (StatusCodes.Status404NotFound, "malformed"),
            _ => (StatusCodes.Status404NotFound, "not_found"),
        };
        return Page(status, rules.PageText("refused_title"), templates.Render("notice", ("text", rules.PageText(key))));
    }

    private async Task<string> ThreadAsync(FoundThread found, string? notice, CancellationToken cancellationToken)
    {
        var sent = await inbox.ReadThreadAsync(found.Link.Tenant, found.Link.ThreadId, cancellationToken);
        var items = sent.Select(m => (m.DeliveredAt, Html: templates.Render(
                "message", ("who", rules.PageText("recruiter")), ("at_iso", Iso(m.DeliveredAt)), ("at", Shown(m.DeliveredAt)), ("subject", m.Subject), ("text", m.Text))))
            .Concat(found.Ledger.Index.Replies(found.Link.ThreadId).Select(r => (DeliveredAt: r.At, Html: Reply(r))))
            .OrderBy(i => i.DeliveredAt)
            .Select(i => i.Html);
        var unsubscribed = found.Ledger.Index.Unsubscribe(found.Message.CandidateId) is not null;
        var notices = string.Concat(
            (unsubscribed ? [rules.PageText("unsubscribed")] : Array.Empty<string>()).Concat(notice is null ? [] : [notice]).Select(t => templates.Render("notice", ("text", t))));
        var form = unsubscribed ? "" : templates.Render(
            "form",
            ("token", Guid.NewGuid().ToString("N")),
            ("reply_label", rules.PageText("reply_label")),
            ("max", ContactLimits.MaxReplyLength.ToString(CultureInfo.InvariantCulture)),
            ("send", rules.PageText("send")));
        var unsubscribe = "/" + LinkSigner.UnsubscribePath + links.Sign(found.Link with { Purpose = LinkPurpose.Unsubscribe });
        return templates.Render(
            "thread",
            ("notice", notices),
            ("title", rules.PageText("title")),
            ("items", string.Concat(items)),
            ("screen", unsubscribed ? "" : await screen.RenderAsync(found.Link, cancellationToken)),
            ("form", form),
            ("unsubscribe_href", unsubscribe),
            ("unsubscribe_link", rules.PageText("unsubscribe_link")));
    }

    /// <summary>The reply, then each answer: an FAQ answer quoted as the FAQ has it, or the hand-off saying the recruiter will answer (once).</summary>
    private string Reply(CandidateReply reply)
    {
        var html = templates.Render("reply", ("who", rules.PageText("you")), ("at_iso", Iso(reply.At)), ("at", Shown(reply.At)), ("text", reply.Text));
        var answers = reply.Answers.Where(a => a.Answered).Select(a => templates.Render("answer", ("who", $"{rules.PageText("from_faq")}: {a.MatchedQuestion}"), ("text", a.Text)));
        var handOff = reply.Answers.Any(a => !a.Answered)
            ? [templates.Render("handoff", ("text", reply.Answers.First(a => !a.Answered).Text))]
            : Array.Empty<string>();
        return html + string.Concat(answers.Concat(handOff));
    }

    private IResult Unsubscribed() =>
        Page(StatusCodes.Status200OK, rules.PageText("unsubscribe_title"), templates.Render("notice", ("text", rules.PageText("unsubscribed"))));

    private string TooLong() => rules.PageText("too_long", ("max", ContactLimits.MaxReplyLength.ToString("N0", CultureInfo.InvariantCulture)));

    private IResult Page(int status, string title, string body) =>
        Results.Content(templates.Render("page", ("title", title), ("body", body)), "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);

    private static string Iso(DateTimeOffset at) => at.ToString("o", CultureInfo.InvariantCulture);

    private static string Shown(DateTimeOffset at) => at.ToString("d MMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private sealed record FoundThread(SignedLink Link, ContactLedger Ledger, ContactMessage Message);
}
