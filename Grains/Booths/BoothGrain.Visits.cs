using Expo.Grains.Models;

namespace Expo.Grains.Booths;

/// <summary>
/// Who is in the booth and since when, for its staff; which staff are in it, for everyone; and each visit's start and
/// length, handed to the booth's analytics with every presence flush.
/// </summary>
public sealed partial class BoothGrain
{
    /// <summary>When each visitor now present arrived; kept in memory like the presence it follows.</summary>
    private readonly Dictionary<string, DateTimeOffset> _arrivals = [];

    public Task<IReadOnlyList<VisitorRef>> GetStaffOnlineAsync()
    {
        RequireProfile();
        Sweep();
        return Task.FromResult<IReadOnlyList<VisitorRef>>([.. _presence.Visitors.Where(v => IsStaff(v.VisitorId)).OrderBy(v => v.DisplayName, StringComparer.Ordinal)]);
    }

    public async Task<IReadOnlyList<BoothAttendee>> GetAttendeesAsync(string actorId)
    {
        RequireProfile();
        await RequireStaffAsync(actorId, "Only the booth's staff see who is in it.");
        Sweep();
        var now = _clock.UtcNow;
        return
        [
            .. _presence.Visitors
                .Select(v => new BoothAttendee(v.VisitorId, v.DisplayName, _arrivals.GetValueOrDefault(v.VisitorId, now), IsStaff(v.VisitorId)))
                .OrderBy(a => a.Since).ThenBy(a => a.VisitorId, StringComparer.Ordinal),
        ];
    }

    public async Task<ChatInvitation> InviteToChatAsync(string actorId, string visitorId)
    {
        RequireProfile();
        var member = await RequireStaffAsync(actorId, "Only the booth's staff invite visitors to chat.");
        Sweep();
        if (_presence.Visitors.FirstOrDefault(v => v.VisitorId == visitorId) is null)
        {
            throw ExpoException.NotFound("That visitor is not in the booth now.");
        }

        var invitation = new ChatInvitation(BoothId, visitorId, actorId, member.DisplayName, _clock.UtcNow);
        _subscribers.Notify(o => o.OnChatInvitationAsync(invitation), _clock.UtcNow);
        return invitation;
    }

    private void TrackVisits(PresenceChanged change)
    {
        var now = _clock.UtcNow;
        var stays = new List<TimeSpan>();
        foreach (var left in change.Left)
        {
            if (_arrivals.Remove(left.VisitorId, out var arrived))
            {
                stays.Add(now - arrived);
                StampStay(left.VisitorId, now - arrived);
            }
        }

        LearnStays(stays);
        var newcomers = change.Joined.Where(v => _arrivals.TryAdd(v.VisitorId, now)).Select(v => v.VisitorId).ToList();
        if (newcomers.Count > 0 || stays.Count > 0)
        {
            GrainFactory.GetGrain<IBoothAnalyticsGrain>(BoothId).RecordVisitsAsync(newcomers, stays).Ignore();
        }
    }
}
