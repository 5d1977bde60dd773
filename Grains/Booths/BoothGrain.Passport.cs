using Expo.Grains.Models;
using Expo.Grains.Passport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Expo.Grains.Booths;

/// <summary>
/// Stamping visitors' passports from what the booth already tracks: the arrival times of its visits (a stay of at
/// least <see cref="PassportOptions.DwellThreshold"/>) and the chat lines it stores. Each visitor costs the booth at
/// most one passport call per activation, however long they stay or however much they chat.
/// </summary>
public sealed partial class BoothGrain
{
    /// <summary>Above this, the set of visitors stamped starts again: a repeated stamp changes nothing in the passport.</summary>
    private const int MaxStampedRemembered = 10_000;

    /// <summary>Visitors this activation has already sent a stamp for.</summary>
    private readonly HashSet<string> _stamped = [];

    private TimeSpan? _dwellThreshold;

    private TimeSpan DwellThreshold =>
        _dwellThreshold ??= ServiceProvider.GetRequiredService<IOptions<PassportOptions>>().Value.DwellThreshold;

    /// <summary>Stamps the visitors present for at least the dwell threshold; called with every sweep.</summary>
    private void StampLongStays()
    {
        if (_arrivals.Count == 0)
        {
            return;
        }

        var now = _clock.UtcNow;
        foreach (var (visitorId, arrived) in _arrivals)
        {
            if (now - arrived >= DwellThreshold)
            {
                Stamp(visitorId, PassportReasons.Dwell);
            }
        }
    }

    /// <summary>A stay that ended before a sweep saw it pass the threshold still counts.</summary>
    private void StampStay(string visitorId, TimeSpan stay)
    {
        if (stay >= DwellThreshold)
        {
            Stamp(visitorId, PassportReasons.Dwell);
        }
    }

    private void Stamp(string visitorId, string reason)
    {
        // A booth's own staff work there; they do not visit it.
        if (_expoId is not { } expoId || _profile is not { } profile || IsStaff(visitorId) || _stamped.Contains(visitorId))
        {
            return;
        }

        if (_stamped.Count >= MaxStampedRemembered)
        {
            _stamped.Clear();
        }

        _stamped.Add(visitorId);
        var stamp = new PassportStamp(expoId, profile.PavilionId, BoothId, _clock.UtcNow, reason);
        _ = SendStampAsync(visitorId, stamp);
    }

    private async Task SendStampAsync(string visitorId, PassportStamp stamp)
    {
        try
        {
            var passport = GrainFactory.GetGrain<IPassportGrain>(visitorId);
            await ServiceProvider.GetRequiredService<PassportStampPacing>().SendAsync(() => passport.StampAsync(stamp));
        }
        catch (Exception)
        {
            // The passport could not store it: the next long stay or chat line here tries again.
            _stamped.Remove(visitorId);
        }
    }
}
