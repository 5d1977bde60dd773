using Expo.Grains.Models;

namespace Expo.Grains.Booths;

/// <summary>
/// Telling a visitor inside the booth that they were muted, or may speak again, the moment it happens: when the
/// moderation grain pushes new sanctions and when a mute runs out. Only visitors inside hear of it (one message per
/// Web node that has the booth); one who enters later learns it from the entry snapshot.
/// </summary>
public sealed partial class BoothGrain
{
    /// <summary>The visitors the sanctions in force silence here, with the sanction that does; memory only.</summary>
    private Dictionary<string, Sanction> _silenced = [];

    private IGrainTimer? _muteExpiryTimer;

    /// <summary>
    /// The snapshot as the visitor should see it: with their mute, if one is in force here. The one that lasts longest
    /// decides what the visitor is told, as it does for <see cref="MuteChanged"/>.
    /// </summary>
    private BoothSnapshot WithMute(BoothSnapshot snapshot, string visitorId) =>
        _sanctions.Sanctions.Where(s => s.Silences(visitorId, _clock.UtcNow)).MaxBy(s => s.Until ?? DateTimeOffset.MaxValue) is { } sanction
            ? snapshot with { Muted = true, MutedUntil = sanction.Until, MuteReason = sanction.Reason }
            : snapshot;

    /// <summary>Compares who is silenced now with who was, and tells each visitor inside whose standing changed.</summary>
    private void AnnounceMuteChanges()
    {
        var now = _clock.UtcNow;
        var silenced = new Dictionary<string, Sanction>();
        foreach (var sanction in _sanctions.Sanctions.Where(s => s.ActiveAt(now)).OrderBy(s => s.Until ?? DateTimeOffset.MaxValue))
        {
            // The one that lasts longest decides what the visitor is told.
            silenced[sanction.VisitorId] = sanction;
        }

        var changes = new List<MuteChanged>();
        foreach (var (visitorId, sanction) in silenced)
        {
            if (!_silenced.TryGetValue(visitorId, out var before) || before.Until != sanction.Until)
            {
                changes.Add(new MuteChanged(BoothId, visitorId, true, sanction.Until, sanction.Reason));
            }
        }

        changes.AddRange(_silenced.Keys.Where(v => !silenced.ContainsKey(v)).Select(v => new MuteChanged(BoothId, v, false, null, null)));
        _silenced = silenced;
        foreach (var change in changes.Where(c => _presence.Contains(c.VisitorId)))
        {
            _subscribers.Notify(o => o.OnMuteChangedAsync(change), now);
        }

        ScheduleMuteExpiry(now);
    }

    /// <summary>Wakes the booth when the next mute runs out, so the visitor hears of it then, not at the next sweep.</summary>
    private void ScheduleMuteExpiry(DateTimeOffset now)
    {
        _muteExpiryTimer?.Dispose();
        _muteExpiryTimer = null;
        if (_silenced.Values.Where(s => s.Until is not null).Min(s => s.Until) is not { } next)
        {
            return;
        }

        var due = next - now;
        _muteExpiryTimer = this.RegisterGrainTimer(
            _ =>
            {
                AnnounceMuteChanges();
                return Task.CompletedTask;
            },
            new GrainTimerCreationOptions(due < TimeSpan.Zero ? TimeSpan.Zero : due, Timeout.InfiniteTimeSpan));
    }
}
