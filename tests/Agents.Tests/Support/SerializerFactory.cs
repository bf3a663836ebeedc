using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace Hiring.Agents.Tests.Support;

public static class SerializerFactory
{
    public static Serializer Create() =>
        new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>();
}
