using System.Text.Json;
using Expo.Grains.Models;
using Expo.Grains.Negotiations.Documents;
using Microsoft.Extensions.Logging;
using T = Expo.Grains.Negotiations.NegotiationTransitions;

namespace Expo.Grains.Negotiations;

public sealed partial class NegotiationGrain
{
    // Set when a write failed: what storage holds is unknown until the state is read again by a new activation.
    private bool _broken;

    private Task<NegotiationReceipt> RunAsync(
        string actorId, string operationId, string command, object? args, Action<NegotiationState, DateTimeOffset> apply) =>
        RunAsync(actorId, operationId, command, args, () => Task.FromResult(apply));

    /// <summary>
    /// Runs a command once: a known operation id returns its receipt; otherwise the command is applied to a copy of
    /// the state, its document (if it reached agreement) stored, and the copy written before the receipt is returned.
    /// </summary>
    private async Task<NegotiationReceipt> RunAsync(
        string actorId, string operationId, string command, object? args, Func<Task<Action<NegotiationState, DateTimeOffset>>> prepare)
    {
        ThrowIfBroken();
        NegotiationRules.RequireActorId(actorId);
        NegotiationRules.RequireOperationId(operationId);
        var fingerprint = Fingerprint(command, actorId, args);
        if (state.State.Operations.Find(o => o.OperationId == operationId) is { } done)
        {
            return done.Fingerprint == fingerprint
                ? done.Receipt
                : throw ExpoException.Conflict("This operation id was used for another command; use a new one.");
        }

        var apply = await prepare();
        await ExpireIfDueAsync();
        var next = copier.Copy(state.State);
        var now = clock.UtcNow;
        var messages = next.Messages.Count;
        if (command != "request")
        {
            await AdmitAsync(next, actorId);
        }

        apply(next, now);
        if (next.Status == NegotiationStatus.Signed && state.State.Status != NegotiationStatus.Signed)
        {
            await RecheckSignaturesAsync(next, now);
        }

        if (next.Status == NegotiationStatus.Agreed && next.Document is null)
        {
            next.Document = await StoreDocumentAsync(next, now);
        }

        var receipt = new NegotiationReceipt(
            Id, operationId, next.Status, next.Revision, next.Versions.Count,
            next.Messages.Count > messages ? next.Messages[^1].Sequence : 0, next.Document?.ContentHash);
        next.Operations.Add(new OperationRecord(operationId, fingerprint, receipt));
        if (next.Operations.Count > ExpoRules.IdempotencyWindow)
        {
            next.Operations.RemoveRange(0, next.Operations.Count - ExpoRules.IdempotencyWindow);
        }

        await CommitAsync(next);
        await DeliverAsync();
        await ScheduleAsync(refresh: false);
        return receipt;
    }

    private async Task<AgreementDocumentRef> StoreDocumentAsync(NegotiationState s, DateTimeOffset now)
    {
        var document = AgreementDocuments.Build(Id, s, now);
        try
        {
            await documents.SaveAsync(document);
        }
        catch (Exception exception) when (exception is not ExpoException)
        {
            LogDocumentFailed(logger, exception, Id);
            throw Unavailable();
        }

        return new AgreementDocumentRef(s.Versions.Count, document.ContentHash, document.JsonName, document.HtmlName, now);
    }

    private async Task ExpireIfDueAsync()
    {
        if (!T.IsDue(state.State, clock.UtcNow))
        {
            return;
        }

        var next = copier.Copy(state.State);
        T.ExpireIfDue(next, clock.UtcNow);
        await CommitAsync(next);
        await DeliverAsync();
        await ScheduleAsync(refresh: false);
    }

    /// <summary>Makes <paramref name="next"/> the state once it is stored; nothing is acknowledged before.</summary>
    private async Task CommitAsync(NegotiationState next)
    {
        var previous = state.State;
        state.State = next;
        try
        {
            await state.WriteStateAsync();
        }
        catch (Exception exception) when (exception is not ExpoException)
        {
            state.State = previous;
            Break(exception);
            throw Unavailable();
        }

        Publish(previous, next);
    }

    private void Break(Exception exception)
    {
        // The write may have landed or not: only a fresh read tells, so this activation serves nothing more.
        _broken = true;
        LogWriteFailed(logger, exception, Id);
        DeactivateOnIdle();
    }

    private void ThrowIfBroken()
    {
        if (_broken)
        {
            throw Unavailable();
        }
    }

    private static ExpoException Unavailable() =>
        new(ExpoErrors.Unavailable, "The negotiation could not be stored just now; send the same operation id again.");

    private static string Fingerprint(string command, string actorId, object? args) =>
        AgreementDocuments.Hash(JsonSerializer.Serialize(new { command, actorId, args }));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Writing negotiation {NegotiationId} failed; it reloads from storage")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception, string negotiationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storing the agreement document of negotiation {NegotiationId} failed")]
    private static partial void LogDocumentFailed(ILogger logger, Exception exception, string negotiationId);
}
