using Expo.Grains;
using Expo.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Expo.Web.Services;

/// <summary>
/// Which booths have staff in them now, for the directory's filter. Asked of every booth at most once per
/// <see cref="ExpoOptions.CountsMaxAge"/> per node, like the live counts, however many people browse the directory.
/// </summary>
public sealed class StaffOnlineBooths(IClusterClient cluster, ExpoCatalog catalog, IOptions<ExpoOptions> options, TimeProvider time)
{
    private readonly object _gate = new();
    private (Task<IReadOnlySet<string>> Booths, DateTimeOffset ReadAt)? _cached;

    public Task<IReadOnlySet<string>> GetAsync()
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (_cached is not { } cached || cached.Booths.IsFaulted || now - cached.ReadAt >= options.Value.CountsMaxAge)
            {
                _cached = (ReadAsync(), now);
            }

            return _cached.Value.Booths;
        }
    }

    private async Task<IReadOnlySet<string>> ReadAsync()
    {
        var definition = await catalog.GetDefinitionAsync();
        var ids = definition?.Pavilions.SelectMany(p => p.Booths).Select(b => b.Id).ToList() ?? [];
        var online = await Task.WhenAll(ids.Select(async id => (id, staff: await cluster.GetGrain<IBoothGrain>(id).GetStaffOnlineAsync())));
        return online.Where(b => b.staff.Count > 0).Select(b => b.id).ToHashSet();
    }
}
