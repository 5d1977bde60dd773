using Expo.Grains.Booths;
using Expo.Grains.Moderation;
using Expo.Grains.Models;
using Microsoft.Extensions.Logging;

namespace Expo.Grains.Leads;

public sealed partial class BoothLeadsGrain(
    [PersistentState("leads", ExpoStorage.Booths)] IPersistentState<BoothLeadsState> state,
    ExpoClock clock,
    ILogger<BoothLeadsGrain> logger) : Grain, IBoothLeadsGrain
{
    private string BoothId => this.GetPrimaryKeyString();

    private Dictionary<string, Lead> Leads => state.State.Leads;

    public Task<Lead> ShareAsync(VisitorRef visitor, string operationId, LeadShare share) =>
        ShareCoreAsync(visitor, ExpoRules.RequireOperationId(operationId), share);

    /// <summary>Chat lines are keyed by their client message id, so a resent line adds nothing either.</summary>
    private async Task<Lead> ShareCoreAsync(VisitorRef visitor, string operationId, LeadShare share)
    {
        var account = visitor is not null && ExpoRules.IsSlug(visitor.VisitorId)
            ? await GrainFactory.GetGrain<IVisitorGrain>(visitor.VisitorId).GetAccountAsync()
            : null;
        if (account is null || visitor is null)
        {
            throw ExpoException.Forbidden("Register or sign in with an email address to share your details with a booth.");
        }

        if (RecentOperations.Find(state.State.Operations, visitor.VisitorId, operationId, "share") is not null)
        {
            return Leads[visitor.VisitorId];
        }

        // A contact request carries a message to the booth, so a mute stops it; a ban stops every kind of share.
        await GrainFactory.RequireStandingInBoothAsync(BoothId, visitor.VisitorId, speaking: share.Kind == LeadRules.Contact);
        var interaction = LeadRules.Interaction(share, clock.UtcNow, out var card);
        if (interaction.MediaId is { } mediaId
            && (await GrainFactory.GetGrain<IBoothCatalogueGrain>(BoothId).GetMediaAsync(mediaId))?.Kind != MediaKinds.Brochure)
        {
            throw ExpoException.NotFound($"This booth has no brochure '{mediaId}'.");
        }

        var lead = Leads.TryGetValue(visitor.VisitorId, out var known)
            ? known with
            {
                DisplayName = visitor.DisplayName,
                Email = account.Email,
                Card = card ?? known.Card,
                LastAt = interaction.At,
                Interactions = [.. known.Interactions.TakeLast(LeadRules.MaxInteractionsPerLead - 1), interaction],
            }
            : new Lead(visitor.VisitorId, visitor.DisplayName, card, null, "", interaction.At, interaction.At, [interaction], account.Email);
        Leads[visitor.VisitorId] = lead;
        RecentOperations.Record(state.State.Operations, visitor.VisitorId, operationId, "share", null);
        await WriteAsync();
        return lead;
    }

    public async Task<LeadCounts> GetCountsAsync(string actorId, DateTimeOffset from, DateTimeOffset to)
    {
        await BoothStaffCheck.RequireStaffOrOrganiserAsync(GrainFactory, BoothId, actorId, "Only the booth's staff and organisers count its leads.");
        bool InRange(DateTimeOffset at) => at >= from && at < to;
        var interactions = Leads.Values.SelectMany(l => l.Interactions).Where(i => InRange(i.At)).ToList();
        return new LeadCounts(
            Leads.Values.Count(l => l.Interactions.Any(i => InRange(i.At))),
            Leads.Values.Count(l => InRange(l.FirstAt)),
            LeadRules.Kinds.ToDictionary(kind => kind, kind => interactions.Count(i => i.Kind == kind)));
    }

    public async Task RecordChatAsync(VisitorRef visitor, string clientMessageId, string text, string language)
    {
        try
        {
            await ShareCoreAsync(visitor, $"chat:{clientMessageId}", new LeadShare(LeadRules.Chat, true, language, text, null, null));
        }
        catch (ExpoException refusal)
        {
            // Nobody waits for this answer: a guest's line or a full store is logged, and the chat goes on.
            LogChatLeadRefused(logger, BoothId, refusal.Code);
        }
    }

    public async Task<IReadOnlyList<Lead>> GetLeadsAsync(string actorId)
    {
        await RequireStaffAsync(actorId);
        return [.. Leads.Values.OrderByDescending(l => l.LastAt).ThenBy(l => l.VisitorId, StringComparer.Ordinal)];
    }

    public async Task<Lead> AnnotateAsync(string actorId, string operationId, string visitorId, int? rating, string? note)
    {
        await RequireStaffAsync(actorId);
        ExpoRules.RequireOperationId(operationId);
        if (!Leads.TryGetValue(visitorId ?? "", out var lead))
        {
            throw ExpoException.NotFound($"This booth has no lead from '{visitorId}'.");
        }

        if (RecentOperations.Find(state.State.Operations, actorId, operationId, "annotate") is null)
        {
            lead = lead with { Rating = LeadRules.RequireRating(rating), Note = LeadRules.RequireNote(note) };
            Leads[visitorId!] = lead;
            RecentOperations.Record(state.State.Operations, actorId, operationId, "annotate", null);
            await WriteAsync();
        }

        return lead;
    }

    private Task RequireStaffAsync(string actorId) =>
        BoothStaffCheck.RequireStaffAsync(GrainFactory, BoothId, actorId, "Only the booth's staff read and annotate its leads.");

    private Task WriteAsync() => state.WriteOrRefuseAsync(this, "The lead could not be stored just now; try again.");

    [LoggerMessage(Level = LogLevel.Debug, Message = "Leads of booth {BoothId}: a chat line made no lead ({Code})")]
    private static partial void LogChatLeadRefused(ILogger logger, string boothId, string code);
}
