namespace Hiring.Gateway.Outreach;

/// <summary>Wires and maps the inbound reply webhook.</summary>
public static class InboundRepliesExtensions
{
    /// <summary>Binds <c>Hiring:Outreach:Inbound</c> and registers the webhook.</summary>
    public static WebApplicationBuilder AddInboundReplies(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<InboundReplyOptions>().Bind(builder.Configuration.GetSection(InboundReplyOptions.Section));
        builder.Services.AddSingleton<InboundReplies>();
        return builder;
    }

    /// <summary>POST /outreach/inbound.</summary>
    public static WebApplication MapInboundReplies(this WebApplication app)
    {
        app.MapPost(InboundReplies.Path, (HttpRequest request, InboundReplies inbound, CancellationToken ct) => inbound.ReceiveAsync(request, ct))
            .DisableAntiforgery();
        return app;
    }
}
