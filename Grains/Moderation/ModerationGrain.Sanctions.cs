using Expo.Grains.Models;

namespace Expo.Grains.Moderation;

/// <summary>Mutes and bans: checked, stored with their audit entry, then pushed to every booth they apply in.</summary>
public sealed partial class ModerationGrain
{
    public async Task<Sanction> SanctionAsync(string actorId, string operationId, SanctionRequest request)
    {
        ExpoRules.RequireOperationId(operationId);
        var kind = ModerationRules.RequireKind(request.Kind);
        var reason = ModerationRules.RequireReason(request.Reason);
        var duration = ModerationRules.RequireDuration(request.Duration);
        if (!ExpoRules.IsSlug(request.VisitorId))
        {
            throw ExpoException.Invalid("Name the visitor to mute or ban by their id.");
        }

        if (request.BoothId is not null)
        {
            ExpoRules.RequireBoothId(request.BoothId);
        }

        var actorName = await RequireModeratorAsync(actorId, request.BoothId, request.BoothId is null
            ? "Only organisers mute or ban across the whole expo."
            : "Only the booth's staff and organisers mute or ban in a booth.");
        if (FindOperation(actorId, operationId, "sanction") is { } earlier)
        {
            return state.State.Sanctions.FirstOrDefault(s => s.Id == earlier)
                ?? throw ExpoException.Conflict("This sanction was applied and has since been lifted.");
        }

        await RequireSanctionableAsync(actorId, request.VisitorId, request.BoothId);
        var targetName = await NameOfAsync(request.VisitorId)
            ?? (request.VisitorName is { } given ? ExpoRules.RequireDisplayName(given) : request.VisitorId);
        var report = RequireOpenReport(request.ReportId);
        var now = clock.UtcNow;
        var sanction = new Sanction(
            NewId("s"), kind, request.VisitorId, targetName, request.BoothId, now + duration, reason, actorId, actorName, now);
        var entry = new AuditEntry(
            NewId("a"), now, actorId, actorName, kind, sanction.VisitorId, targetName, sanction.BoothId, reason,
            duration is { } d ? $"until {Until(sanction)} ({d.TotalMinutes:0} min)" : "until lifted", report?.Id, sanction.Id);
        await ChangeAsync(actorId, operationId, "sanction", sanction.Id, s =>
        {
            s.Version++;
            s.Sanctions.RemoveAll(x => !x.ActiveAt(now)
                || (x.Kind == kind && x.VisitorId == sanction.VisitorId && x.BoothId == sanction.BoothId));
            s.Sanctions.Add(sanction);
            s.Audit.Add(entry);
            Resolve(s, report, actorId, now, entry.Id);
            Undeliver(s, sanction.BoothId);
        });
        await DeliverAsync();
        if (kind == ModerationRules.Ban)
        {
            await OnBanStoredAsync(sanction);
        }

        return sanction;
    }

    public async Task LiftAsync(string actorId, string operationId, string sanctionId, string reason)
    {
        ExpoRules.RequireOperationId(operationId);
        reason = ModerationRules.RequireReason(reason);
        var sanction = state.State.Sanctions.FirstOrDefault(s => s.Id == sanctionId);
        if (sanction is null)
        {
            // Lifted by this very operation before, or never there.
            if (ExpoRules.IsSlug(actorId) && FindOperation(actorId, operationId, "lift") == sanctionId)
            {
                return;
            }

            throw ExpoException.NotFound("There is no such sanction in force.");
        }

        var actorName = await RequireModeratorAsync(actorId, sanction.BoothId, "Only organisers, and a booth's staff in their booth, lift sanctions.");
        var now = clock.UtcNow;
        var entry = new AuditEntry(
            NewId("a"), now, actorId, actorName, ModerationRules.Actions.Lift, sanction.VisitorId, sanction.VisitorName, sanction.BoothId,
            reason, sanction.Kind, null, sanction.Id);
        await ChangeAsync(actorId, operationId, "lift", sanction.Id, s =>
        {
            s.Version++;
            s.Sanctions.RemoveAll(x => x.Id == sanction.Id);
            s.Audit.Add(entry);
            Undeliver(s, sanction.BoothId);
        });
        await DeliverAsync();
    }

    public async Task<IReadOnlyList<Sanction>> GetSanctionsAsync(string actorId, string? boothId)
    {
        await RequireModeratorAsync(actorId, boothId, "Only organisers, and a booth's staff for their booth, see sanctions.");
        var now = clock.UtcNow;
        return [.. state.State.Sanctions.Where(s => s.ActiveAt(now) && (boothId is null || s.BoothId == boothId)).OrderByDescending(s => s.At)];
    }

    public Task<BoothSanctions> GetBoothSanctionsAsync(string boothId) => Task.FromResult(SanctionsFor(boothId));

    public Task CheckStandingAsync(string visitorId, bool speaking)
    {
        SanctionStanding.Require(
            state.State.Sanctions.Where(s => s.BoothId is null), visitorId, clock.UtcNow, speaking, speaking ? "You cannot write at this expo" : "You cannot do this at this expo");
        return Task.CompletedTask;
    }

    private BoothSanctions SanctionsFor(string boothId)
    {
        var now = clock.UtcNow;
        return new BoothSanctions(
            state.State.Version, [.. state.State.Sanctions.Where(s => s.ActiveAt(now) && (s.BoothId is null || s.BoothId == boothId))]);
    }

    /// <summary>Organisers cannot be sanctioned, nobody sanctions themselves, and a booth's staff do not sanction each other.</summary>
    private async Task RequireSanctionableAsync(string actorId, string visitorId, string? boothId)
    {
        if (visitorId == actorId)
        {
            throw ExpoException.Invalid("You cannot mute or ban yourself.");
        }

        if (await GrainFactory.IsOrganiserAsync(visitorId))
        {
            throw ExpoException.Forbidden("Organisers cannot be muted or banned.");
        }

        if (boothId is not null && !await GrainFactory.IsOrganiserAsync(actorId) && await StaffOf(boothId).GetStaffRoleAsync(visitorId) is not null)
        {
            throw ExpoException.Forbidden("Only organisers mute or ban a booth's own staff.");
        }
    }

    private static string Until(Sanction sanction) => sanction.Until?.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ") ?? "";
}
