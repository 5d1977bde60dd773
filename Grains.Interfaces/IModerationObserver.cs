using Expo.Grains.Models;
using Orleans.Concurrency;

namespace Expo.Grains;

/// <summary>A Web node's single subscription to its expo's <see cref="IModerationRelayGrain"/>: bans that end connections.</summary>
[Alias("expo.IModerationObserver")]
public interface IModerationObserver : IGrainObserver
{
    [OneWay, Alias("visitor-banned")]
    Task OnVisitorBannedAsync(VisitorBanned banned);
}
