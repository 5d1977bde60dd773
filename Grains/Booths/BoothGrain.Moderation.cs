using Expo.Grains.Models;
using Expo.Grains.Moderation;
using Microsoft.Extensions.Logging;

namespace Expo.Grains.Booths;

/// <summary>
/// Moderation as the booth enforces it: removed lines never leave the booth again, and the sanctions in force here
/// are held in memory (pushed by the moderation grain, loaded on activation), so a chat line costs no extra call.
/// </summary>
public sealed partial class BoothGrain
{
    private BoothSanctions _sanctions = new(-1, []);

    public async Task<ChatRemoval> RemoveChatMessageAsync(string actorId, long sequence)
    {
        RequireProfile();
        if (!await IsStaffOrOrganiserAsync(actorId))
        {
            throw ExpoException.Forbidden("Only the booth's staff and organisers remove chat messages.");
        }

        if (sequence < 1 || sequence > _chat.DurableThrough)
        {
            throw ExpoException.NotFound($"The booth has no chat message {sequence}.");
        }

        var line = await FindLineAsync(sequence);
        if (_moderation.State.Removed.Contains(sequence))
        {
            return new ChatRemoval(line, AlreadyRemoved: true);
        }

        var before = _moderation.State;
        _moderation.State = new BoothModerationState { Removed = [.. before.Removed, sequence] };
        try
        {
            await _moderation.WriteStateAsync();
        }
        catch (Exception exception)
        {
            // The write may have landed; the next activation reads storage, and a retry removes the line once.
            _moderation.State = before;
            LogRemovalFailed(_logger, exception, BoothId, sequence);
            DeactivateOnIdle();
            throw new ExpoException(ExpoErrors.Unavailable, "The booth could not store the removal just now; send it again.");
        }

        var removed = new ChatMessageRemoved(BoothId, sequence);
        ExpoGrainMetrics.ObserverSends.Add(_subscribers.Notify(o => o.OnChatRemovedAsync(removed), _clock.UtcNow));
        return new ChatRemoval(line, AlreadyRemoved: false);
    }

    public Task ApplySanctionsAsync(BoothSanctions sanctions)
    {
        if (sanctions.Version <= _sanctions.Version)
        {
            return Task.CompletedTask;
        }

        var known = _sanctions.Sanctions.Select(s => s.Id).ToHashSet();
        _sanctions = sanctions;
        var now = _clock.UtcNow;
        foreach (var ban in sanctions.Sanctions.Where(s => s.Kind == ModerationRules.Ban && s.ActiveAt(now) && !known.Contains(s.Id)))
        {
            var removed = new RemovedFromBooth(BoothId, ban.VisitorId, ban.Reason, ban.Until, ban.BoothId is null);

            // Every node hears it, even one whose connection the booth has not seen yet, so none keeps the visitor in.
            _subscribers.Notify(o => o.OnRemovedFromBoothAsync(removed), now);
            if (_presence.LeaveVisitor(ban.VisitorId) | _queue.RemoveVisitor(ban.VisitorId))
            {
                SchedulePresenceFlush();
            }
        }

        // A banned visitor who was inside made room for the head of the queue.
        AdmitFromQueue();
        AnnounceMuteChanges();
        return Task.CompletedTask;
    }

    public Task CheckStandingAsync(string visitorId, bool speaking)
    {
        RequireProfile();
        RequireStanding(visitorId, speaking, speaking ? "You cannot write to this booth" : "You cannot do this in this booth");
        return Task.CompletedTask;
    }

    private void RequireStanding(string visitorId, bool speaking, string what) =>
        SanctionStanding.Require(_sanctions.Sanctions, visitorId, _clock.UtcNow, speaking, what);

    private bool IsRemoved(long sequence) => _moderation.State.Removed.Contains(sequence);

    private void RequireNotSilenced(string visitorId)
    {
        var now = _clock.UtcNow;
        if (_sanctions.Sanctions.FirstOrDefault(s => s.Silences(visitorId, now)) is { } sanction)
        {
            throw new ExpoException(ExpoErrors.Muted, SanctionStanding.Refusal(sanction, "You cannot chat here"));
        }
    }

    private void RequireNotBarred(string visitorId)
    {
        var now = _clock.UtcNow;
        if (_sanctions.Sanctions.FirstOrDefault(s => s.Bars(visitorId, now)) is { } ban)
        {
            throw new ExpoException(ExpoErrors.Banned, SanctionStanding.Refusal(ban, "You cannot enter this booth"));
        }
    }

    private bool IsBarred(string visitorId)
    {
        var now = _clock.UtcNow;
        return _sanctions.Sanctions.Any(s => s.Bars(visitorId, now));
    }

    private async Task LoadSanctionsAsync()
    {
        if (_expoId is not { } expoId)
        {
            return;
        }

        try
        {
            await ApplySanctionsAsync(await GrainFactory.GetGrain<IModerationGrain>(expoId).GetBoothSanctionsAsync(BoothId));
        }
        catch (Exception exception)
        {
            // The sweep tries again; meanwhile the booth runs with the sanctions it was last pushed, if any.
            LogSanctionsLoadFailed(_logger, exception, BoothId);
        }
    }

    private async Task<ChatMessage> FindLineAsync(long sequence)
    {
        if (sequence >= _chat.FirstInMemory)
        {
            return _chat.Between(sequence - 1, sequence)[0];
        }

        var page = await ReadArchivePageAsync(BoothChatLog.PageOf(sequence));
        return page.First(m => m.Sequence == sequence);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Booth {BoothId}: storing the removal of line {Sequence} failed")]
    private static partial void LogRemovalFailed(ILogger logger, Exception exception, string boothId, long sequence);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Booth {BoothId}: could not load the sanctions in force")]
    private static partial void LogSanctionsLoadFailed(ILogger logger, Exception exception, string boothId);
}
