using Expo.Grains.Models;
using Orleans.Concurrency;

namespace Expo.Grains;

/// <summary>A Web node's single subscription to an expo's signing wall.</summary>
[Alias("expo.ISigningWallObserver")]
public interface ISigningWallObserver : IGrainObserver
{
    /// <summary>An agreement has just gone up on the wall, with the counts after it.</summary>
    [OneWay, Alias("signed")]
    Task OnAgreementSignedAsync(SignedAgreement agreement, NegotiationCounts counts);

    [OneWay, Alias("counts")]
    Task OnCountsChangedAsync(NegotiationCounts counts);
}
