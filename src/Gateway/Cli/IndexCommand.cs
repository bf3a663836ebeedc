using System.CommandLine;
using Hiring.Talent.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Gateway.Cli;

/// <summary><c>hiring index embed</c>: compute now the profile vectors the server computes in the background.</summary>
public static class IndexCommand
{
    private const int Chunk = 256;

    public static Command Create()
    {
        var embed = new Command("embed", "Compute missing profile vectors for every pool on disk, then exit.");
        embed.SetAction((result, cancellationToken) =>
        {
            using var services = TalentServices.Open(CommonOptions.ResolveDataDir(result));
            var index = services.GetRequiredService<LuceneTalentIndex>();
            var embedder = services.GetRequiredService<ProfileEmbedder>();
            var output = result.InvocationConfiguration.Output;
            foreach (var scope in index.ScopesOnDisk())
            {
                var done = 0;
                foreach (var chunk in index.MissingVectors(scope).Chunk(Chunk))
                {
                    done += embedder.Process(chunk, cancellationToken);
                    output.WriteLine($"{scope}: {done} embedded");
                }

                output.WriteLine($"{scope}: done, {done} profiles embedded");
            }

            return Task.FromResult(0);
        });
        return new Command("index", "Maintain the talent index.") { embed };
    }
}
