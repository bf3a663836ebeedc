using Hiring.Agents.Outreach.Channels;

namespace Hiring.Gateway.Candidates;

/// <summary>Wires and maps the candidate page at the paths the signed links name.</summary>
public static class CandidatePageExtensions
{
    public static WebApplicationBuilder AddCandidatePage(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<CandidatePageTemplates>();
        builder.Services.AddSingleton<CandidateScreenSection>();
        builder.Services.AddSingleton<CandidatePage>();
        return builder;
    }

    /// <summary>GET and POST /candidate/{token} (the thread and the reply form), POST /candidate/{token}/screen (a pick or cancel), GET /candidate/{token}/invite.ics, and /candidate/unsubscribe/{token}.</summary>
    public static WebApplication MapCandidatePage(this WebApplication app)
    {
        var page = app.MapGroup("/").AddEndpointFilter(async (context, next) =>
        {
            // The page shows a candidate's own messages: never cached, framed, or sent on as a referrer.
            var headers = context.HttpContext.Response.Headers;
            headers.CacheControl = "no-store";
            headers.XFrameOptions = "DENY";
            headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
            headers["Referrer-Policy"] = "no-referrer";
            return await next(context);
        });
        page.MapGet("/" + LinkSigner.ReadPath + "{token}", (string token, CandidatePage candidate, CancellationToken ct) => candidate.ShowAsync(token, ct));
        page.MapPost("/" + LinkSigner.ReadPath + "{token}", (string token, HttpRequest request, CandidatePage candidate, CancellationToken ct) => candidate.ReplyAsync(token, request, ct))
            .DisableAntiforgery();
        page.MapPost("/" + LinkSigner.ReadPath + "{token}" + CandidateScreenSection.ScreenPath, (string token, HttpRequest request, CandidatePage candidate, CancellationToken ct) => candidate.ScreenAsync(token, request, ct))
            .DisableAntiforgery();
        page.MapGet("/" + LinkSigner.ReadPath + "{token}" + CandidateScreenSection.InvitationPath, (string token, CandidatePage candidate, CancellationToken ct) => candidate.InvitationAsync(token, ct));
        page.MapGet("/" + LinkSigner.UnsubscribePath + "{token}", (string token, CandidatePage candidate, CancellationToken ct) => candidate.ConfirmUnsubscribeAsync(token, ct));
        page.MapPost("/" + LinkSigner.UnsubscribePath + "{token}", (string token, CandidatePage candidate, CancellationToken ct) => candidate.UnsubscribeAsync(token, ct))
            .DisableAntiforgery();
        return app;
    }
}
