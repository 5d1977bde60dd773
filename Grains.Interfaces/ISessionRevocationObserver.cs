using Expo.Grains.Models;
using Orleans.Concurrency;

namespace Expo.Grains;

/// <summary>A Web node's subscription to <see cref="ISessionRevocationRelayGrain"/>: a visitor's new standing after sessions ended.</summary>
[Alias("expo.ISessionRevocationObserver")]
public interface ISessionRevocationObserver : IGrainObserver
{
    [OneWay, Alias("sessions-revoked")]
    Task OnSessionsRevokedAsync(SessionStanding standing);
}
