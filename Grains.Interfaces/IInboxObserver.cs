using Expo.Grains.Models;
using Orleans.Concurrency;

namespace Expo.Grains;

/// <summary>A Web node's single subscription to the inbox of a user it has connections of.</summary>
[Alias("expo.IInboxObserver")]
public interface IInboxObserver : IGrainObserver
{
    [OneWay, Alias("changed")]
    Task OnInboxChangedAsync(InboxChanged change);
}
