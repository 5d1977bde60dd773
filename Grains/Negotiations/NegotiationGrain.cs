using Expo.Grains.Models;
using Expo.Grains.Negotiations.Documents;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Serialization;
using T = Expo.Grains.Negotiations.NegotiationTransitions;

namespace Expo.Grains.Negotiations;

public sealed partial class NegotiationGrain(
    [PersistentState("negotiation", ExpoStorage.Negotiations)] IPersistentState<NegotiationState> state,
    ExpoClock clock,
    IAgreementDocumentStore documents,
    DeepCopier<NegotiationState> copier,
    IOptions<NegotiationOptions> options,
    IOptions<PresenceOptions> presence,
    ILogger<NegotiationGrain> logger) : Grain, INegotiationGrain, IRemindable
{
    private string Id => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Status == NegotiationStatus.None)
        {
            return;
        }

        // A deadline may have passed, or a change not reached the inboxes and the wall, while nobody held this grain.
        try
        {
            await ExpireIfDueAsync();
            await DeliverAsync();
        }
        catch (ExpoException exception)
        {
            LogCatchUpFailed(logger, exception, Id);
        }
    }

    public async Task<NegotiationReceipt> RequestAsync(string actorId, string operationId, NegotiationRequest request)
    {
        NegotiationRules.RequireNegotiationId(Id);
        return await RunAsync(actorId, operationId, "request", request, async () =>
        {
            var valid = NegotiationRules.Validate(request);
            await CheckCatalogueAsync(valid);
            await RequireStandingAsync(actorId, valid);
            if ((await LivePartyAsync(valid.Parties, actorId)).Party is null)
            {
                throw ExpoException.Forbidden("A negotiation can only be requested for a party the requesting user belongs to.");
            }

            // Every request lands in the invited staff's inboxes: each user has a quota of requests waiting for an answer.
            await GrainFactory.GetGrain<ISigningWallGrain>(valid.ExpoId).AdmitRequestAsync(Id, actorId, valid.BoothId);

            return (s, now) => T.Request(s, actorId, valid, now);
        });
    }

    public Task<NegotiationReceipt> AcceptRequestAsync(string actorId, string operationId) =>
        RunAsync(actorId, operationId, "accept-request", null, (s, now) => T.AcceptRequest(s, actorId, now));

    public Task<NegotiationReceipt> DeclineRequestAsync(string actorId, string operationId, string? reason) =>
        RunAsync(actorId, operationId, "decline-request", reason, (s, now) => T.DeclineRequest(s, actorId, Reason(reason), now));

    public Task<NegotiationReceipt> ProposeAsync(string actorId, string operationId, int basedOnVersion, AgreementTerms terms) =>
        RunAsync(actorId, operationId, "propose", new { basedOnVersion, terms }, (s, now) =>
            T.Propose(s, actorId, basedOnVersion, ValidTerms(s, actorId, terms), now));

    public Task<NegotiationReceipt> CounterAsync(string actorId, string operationId, int version, AgreementTerms terms) =>
        RunAsync(actorId, operationId, "counter", new { version, terms }, (s, now) =>
            T.Counter(s, actorId, version, ValidTerms(s, actorId, terms), now));

    public Task<NegotiationReceipt> AcceptTermsAsync(string actorId, string operationId, int version) =>
        RunAsync(actorId, operationId, "accept-terms", version, (s, now) => T.AcceptTerms(s, actorId, version, now));

    public Task<NegotiationReceipt> RejectTermsAsync(string actorId, string operationId, int version, string? reason) =>
        RunAsync(actorId, operationId, "reject-terms", new { version, reason }, (s, now) =>
            T.RejectTerms(s, actorId, version, Reason(reason), now));

    public Task<NegotiationReceipt> WithdrawAsync(string actorId, string operationId, string? reason) =>
        RunAsync(actorId, operationId, "withdraw", reason, (s, now) => T.Withdraw(s, actorId, Reason(reason), now));

    public Task<NegotiationReceipt> SignAsync(string actorId, string operationId, string contentHash) =>
        RunAsync(actorId, operationId, "sign", contentHash, (s, now) => T.Sign(s, actorId, NegotiationRules.RequireHash(contentHash), now));

    public Task<NegotiationReceipt> PostMessageAsync(string actorId, string operationId, string text) =>
        RunAsync(actorId, operationId, "post-message", text, async () =>
        {
            T.PartyOf(state.State, actorId);
            await RequireStandingAsync(actorId);
            return (s, now) =>
            {
                T.PartyOf(s, actorId);
                T.PostMessage(s, actorId, operationId, NegotiationRules.RequireText(text, ExpoRules.MaxChatTextLength, "A message"), now);
            };
        });

    private static AgreementTerms ValidTerms(NegotiationState s, string actorId, AgreementTerms terms)
    {
        T.PartyOf(s, actorId);
        return TermsRules.Validate(terms, [.. s.Parties.Select(p => p.PartyId)]);
    }

    private static string? Reason(string? reason) =>
        NegotiationRules.OptionalText(reason, NegotiationRules.MaxReasonLength, "A reason");

    /// <summary>The expo must exist, and name the field and booth the request gives.</summary>
    private async Task CheckCatalogueAsync(NegotiationRequest request)
    {
        var expo = await GrainFactory.GetGrain<IExpoGrain>(request.ExpoId).GetAsync()
            ?? throw ExpoException.NotFound($"There is no expo '{request.ExpoId}'.");
        if (expo.Fields.All(f => f.Id != request.Field))
        {
            throw ExpoException.Invalid($"The expo has no field '{request.Field}'.");
        }

        if (request.BoothId is { } boothId && !expo.Pavilions.SelectMany(p => p.Booths).Any(b => b.Id == boothId))
        {
            throw ExpoException.BoothNotFound(boothId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Negotiation {NegotiationId} could not catch up on activation")]
    private static partial void LogCatchUpFailed(ILogger logger, Exception exception, string negotiationId);
}
