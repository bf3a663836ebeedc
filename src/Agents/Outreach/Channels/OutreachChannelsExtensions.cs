using Hiring.Agents.Outreach.Contacts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hiring.Agents.Outreach.Channels;

/// <summary>Registers the outreach channels and what they need (the host calls it through AddOutreach).</summary>
public static class OutreachChannelsExtensions
{
    /// <summary>
    /// Binds <c>Hiring:Outreach:Links</c> and <c>Hiring:Outreach:Smtp</c>, and registers the link
    /// signer, the candidate inbox, the address book over the profile store, the built-in channel and,
    /// when <c>Hiring:Outreach:Smtp:Host</c> is set, the SMTP channel. Needs the log store and the
    /// profile store.
    /// </summary>
    public static IServiceCollection AddOutreachChannels(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OutreachLinkOptions>().Bind(configuration.GetSection(OutreachLinkOptions.Section));
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<LinkSigner>();
        services.TryAddSingleton<ICandidateInbox, LogCandidateInbox>();
        services.TryAddSingleton<ICandidateAddressBook, ProfileAddressBook>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOutreachChannel, BuiltInChannel>());
        if (!string.IsNullOrWhiteSpace(configuration[$"{SmtpOptions.Section}:{nameof(SmtpOptions.Host)}"]))
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IOutreachChannel, SmtpChannel>());
        }

        return services;
    }
}
