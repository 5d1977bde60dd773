using Expo.Grains.Models;
using Orleans.Concurrency;

namespace Expo.Grains;

/// <summary>A Web node's single subscription to a negotiation its connections have open: changes and chat lines, once per node.</summary>
[Alias("expo.INegotiationObserver")]
public interface INegotiationObserver : IGrainObserver
{
    [OneWay, Alias("changed")]
    Task OnChangedAsync(NegotiationChanged change);

    [OneWay, Alias("message")]
    Task OnMessageAsync(string negotiationId, NegotiationMessage message);
}
