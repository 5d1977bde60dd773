using Expo.Grains.Models;
using Microsoft.Extensions.Logging;

namespace Expo.Grains.Sessions;

public sealed partial class VisitorSessionsGrain(
    [PersistentState("sessions", ExpoStorage.Accounts)] IPersistentState<VisitorSessionsState> state,
    ExpoClock clock,
    ILogger<VisitorSessionsGrain> logger) : Grain, IVisitorSessionsGrain
{
    private string VisitorId => this.GetPrimaryKeyString();

    public Task<SessionStanding> GetStandingAsync() => Task.FromResult(Standing());

    public async Task<SessionStanding> EndSessionAsync(string sessionId, DateTimeOffset expiresAt)
    {
        if (string.IsNullOrEmpty(sessionId) || sessionId.Length > 64)
        {
            throw ExpoException.Invalid("A session id is 1 to 64 characters.");
        }

        var now = clock.UtcNow;
        foreach (var expired in state.State.Ended.Where(e => e.Value <= now).Select(e => e.Key).ToList())
        {
            state.State.Ended.Remove(expired);
        }

        if (state.State.Ended.ContainsKey(sessionId) || expiresAt <= now)
        {
            return Standing();
        }

        if (state.State.Ended.Count >= SessionRules.MaxEndedSessions)
        {
            // Too many to list: ending them all keeps the standing small, and errs on the side of signing out.
            return await RevokeAllAsync("many sign-outs");
        }

        state.State.Ended[sessionId] = expiresAt;
        await WriteAndRelayAsync();
        return Standing();
    }

    public async Task<SessionStanding> RevokeAllAsync(string reason)
    {
        state.State.Epoch++;
        state.State.Ended.Clear();
        await WriteAndRelayAsync();
        LogRevoked(logger, VisitorId, state.State.Epoch, reason);
        return Standing();
    }

    private async Task WriteAndRelayAsync()
    {
        // Stored before any node hears of it: a node that asks again must find the same answer.
        try
        {
            await state.WriteStateAsync();
        }
        catch (Exception)
        {
            // Memory may now differ from storage: reload rather than answer from a standing nobody stored.
            DeactivateOnIdle();
            throw;
        }

        // Answered only once the Web nodes refuse the ended sessions: whoever removed a right, or signed out, can rely on
        // it holding everywhere when told it is done. A relay that fails is logged, not thrown: the change is stored.
        try
        {
            await GrainFactory.GetGrain<ISessionRevocationRelayGrain>(SessionRules.RelayKey).RelayAsync(Standing());
        }
        catch (Exception e)
        {
            LogRelayFailed(logger, e, VisitorId);
        }
    }

    private SessionStanding Standing() => new(VisitorId, state.State.Epoch, [.. state.State.Ended.Keys.Order(StringComparer.Ordinal)]);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Visitor {VisitorId}: the ended sessions could not be relayed; Web nodes refuse them at their next re-check")]
    private static partial void LogRelayFailed(ILogger logger, Exception exception, string visitorId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Visitor {VisitorId}: every session ended (epoch {Epoch}): {Reason}")]
    private static partial void LogRevoked(ILogger logger, string visitorId, long epoch, string reason);
}
