using Expo.Grains.Models;

namespace Expo.Grains.SigningWall;

/// <summary>
/// Each request lands in the invited booth's staff inboxes and on this wall, so each user may have only so many
/// requests waiting for an answer, across the expo and per booth. The wall knows every negotiation's status and who
/// asked; requests admitted but not yet reported are held in memory for a minute, so a burst cannot slip past.
/// </summary>
public sealed partial class SigningWallGrain
{
    private static readonly TimeSpan ReservationTime = TimeSpan.FromMinutes(1);

    private readonly Dictionary<string, (string RequesterId, string? BoothId, DateTimeOffset Until)> _reservations = [];

    public Task AdmitRequestAsync(string negotiationId, string requesterId, string? boothId)
    {
        var now = clock.UtcNow;
        foreach (var lapsed in _reservations.Where(r => r.Value.Until <= now).Select(r => r.Key).ToList())
        {
            _reservations.Remove(lapsed);
        }

        // A retried request (same negotiation) is the same request, not one more.
        if (state.State.Negotiations.ContainsKey(negotiationId) || _reservations.ContainsKey(negotiationId))
        {
            return Task.CompletedTask;
        }

        var waiting = state.State.Negotiations.Values
            .Where(t => t.RequesterId == requesterId && t.Status == NegotiationStatus.Requested)
            .Select(t => t.Listing?.BoothId)
            .Concat(_reservations.Values.Where(r => r.RequesterId == requesterId).Select(r => r.BoothId))
            .ToList();
        var limits = options.Value;
        if (waiting.Count >= limits.MaxOpenRequestsPerRequester)
        {
            throw new ExpoException(ExpoErrors.QuotaExceeded,
                $"You have {waiting.Count} requests waiting for an answer, the most one person may; withdraw one or wait for answers.");
        }

        if (boothId is not null && waiting.Count(b => b == boothId) >= limits.MaxOpenRequestsPerBooth)
        {
            throw new ExpoException(ExpoErrors.QuotaExceeded,
                $"You have {limits.MaxOpenRequestsPerBooth} requests waiting for this booth's answer; withdraw one or wait for its answer.");
        }

        _reservations[negotiationId] = (requesterId, boothId, now + ReservationTime);
        return Task.CompletedTask;
    }
}
