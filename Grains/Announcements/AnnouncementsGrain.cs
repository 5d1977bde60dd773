using Expo.Grains.Models;

namespace Expo.Grains.Announcements;

/// <summary>
/// Holds the current announcement of each scope (the whole expo, or one pavilion) and an audit of every change.
/// Changes are written before they are acknowledged; Web nodes read the board and push it to their visitors.
/// </summary>
public sealed class AnnouncementsGrain(
    [PersistentState("announcements", ExpoStorage.Expo)] IPersistentState<AnnouncementsState> state,
    ExpoClock clock) : Grain, IAnnouncementsGrain
{
    private const int KeptOperations = 200;
    private const int KeptAudit = 1000;

    public async Task<AnnouncementBoard> PublishAsync(string actorId, string operationId, LocalizedText text, string? pavilionId)
    {
        ExpoRules.RequireOperationId(operationId);
        await RequireOrganiserAsync(actorId);
        var valid = AnnouncementRules.RequireText(text);
        await RequirePavilionAsync(pavilionId);
        if (state.State.Operations.ContainsKey(operationId))
        {
            return Board();
        }

        var now = clock.UtcNow;
        var announcement = new Announcement($"a-{Guid.NewGuid():N}", valid, pavilionId, now, actorId);
        await ChangeAsync(operationId, s =>
        {
            s.Current.RemoveAll(a => a.PavilionId == pavilionId);
            s.Current.Add(announcement);
            s.Audit.Add(new AnnouncementAudit(now, actorId, "publish", pavilionId, valid));
        });
        return Board();
    }

    public async Task<AnnouncementBoard> WithdrawAsync(string actorId, string operationId, string? pavilionId)
    {
        ExpoRules.RequireOperationId(operationId);
        await RequireOrganiserAsync(actorId);
        if (state.State.Operations.ContainsKey(operationId) || state.State.Current.All(a => a.PavilionId != pavilionId))
        {
            return Board();
        }

        var now = clock.UtcNow;
        await ChangeAsync(operationId, s =>
        {
            s.Current.RemoveAll(a => a.PavilionId == pavilionId);
            s.Audit.Add(new AnnouncementAudit(now, actorId, "withdraw", pavilionId, null));
        });
        return Board();
    }

    public Task<AnnouncementBoard> GetAsync() => Task.FromResult(Board());

    private AnnouncementBoard Board() => new(state.State.Version, [.. state.State.Current.OrderBy(a => a.PavilionId is not null).ThenBy(a => a.PavilionId)]);

    private async Task ChangeAsync(string operationId, Action<AnnouncementsState> change)
    {
        var before = state.State;
        var next = new AnnouncementsState
        {
            Version = before.Version + 1,
            Current = [.. before.Current],
            Operations = new Dictionary<string, long>(before.Operations),
            Audit = [.. before.Audit],
        };
        change(next);
        next.Operations[operationId] = next.Version;
        foreach (var old in next.Operations.OrderBy(o => o.Value).Take(Math.Max(0, next.Operations.Count - KeptOperations)).ToList())
        {
            next.Operations.Remove(old.Key);
        }

        next.Audit.RemoveRange(0, Math.Max(0, next.Audit.Count - KeptAudit));

        // Written before anyone is told: a failed write leaves the board as it was, and the retry applies once.
        state.State = next;
        await state.WriteOrRefuseAsync(this, "The announcement could not be stored just now; send it again.", before);
    }

    private async Task RequirePavilionAsync(string? pavilionId)
    {
        if (pavilionId is null)
        {
            return;
        }

        var expo = await GrainFactory.GetGrain<IExpoGrain>(this.GetPrimaryKeyString()).GetAsync();
        if (expo?.Pavilions.Any(p => p.Id == pavilionId) != true)
        {
            throw ExpoException.Invalid($"The expo has no pavilion '{pavilionId}'.");
        }
    }

    private Task RequireOrganiserAsync(string actorId) => GrainFactory.RequireOrganiserAsync(actorId, "Only organisers publish announcements.");
}
