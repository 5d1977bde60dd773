using Expo.Grains.Models;

namespace Expo.Grains;

/// <summary>
/// One visitor's passport, keyed by the visitor id: a stamp per pavilion they really visited. Only booths stamp it
/// (from their own visit bookkeeping); no HTTP or hub call reaches <see cref="StampAsync"/>.
/// </summary>
[Alias("expo.IPassportGrain")]
public interface IPassportGrain : IGrainWithStringKey
{
    /// <summary>The most stamps one passport keeps over every expo, so a passport's state stays small.</summary>
    public const int MaxStamps = 64;

    /// <summary>Adds the stamp unless the pavilion is stamped already; a passport handed over to an account passes it on.</summary>
    [Alias("stamp")]
    Task StampAsync(PassportStamp stamp);

    /// <summary>The stamps of one expo, oldest first.</summary>
    [Alias("get")]
    Task<IReadOnlyList<PassportStamp>> GetAsync(string expoId);

    /// <summary>
    /// Moves the stamps of the guest passport <paramref name="guestVisitorId"/> into this one. The Web node calls it
    /// only with the guest id of the session that made the request, so whoever merges holds that guest session.
    /// A guest passport is handed over once, to one account.
    /// </summary>
    [Alias("merge-guest")]
    Task<IReadOnlyList<PassportStamp>> MergeGuestAsync(string guestVisitorId);

    /// <summary>Gives this (guest) passport's stamps to <paramref name="accountVisitorId"/>, once; later stamps follow them there.</summary>
    [Alias("hand-over")]
    Task<IReadOnlyList<PassportStamp>> HandOverAsync(string accountVisitorId);
}
