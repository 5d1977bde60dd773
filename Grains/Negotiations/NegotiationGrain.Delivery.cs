using Microsoft.Extensions.Logging;
using T = Expo.Grains.Negotiations.NegotiationTransitions;

namespace Expo.Grains.Negotiations;

public sealed partial class NegotiationGrain
{
    /// <summary>
    /// Tells the parties' inboxes and the expo's signing wall about the stored revision. Both take updates by
    /// revision, so telling them twice is harmless; until they have heard, the state says so and activation, the
    /// next command or a reminder tick tries again. A command is acknowledged whether or not this succeeds.
    /// </summary>
    private async Task DeliverAsync()
    {
        var s = state.State;
        if (s.DeliveredRevision >= s.Revision || _broken)
        {
            return;
        }

        var revision = s.Revision;
        try
        {
            await Task.WhenAll(InboxItems.For(Id, s)
                .Select(x => GrainFactory.GetGrain<IInboxGrain>(x.UserId).UpdateAsync(Id, revision, x.Item))
                .Append(GrainFactory.GetGrain<ISigningWallGrain>(s.ExpoId).ReportAsync(NegotiationViews.Report(Id, s))));
        }
        catch (Exception exception)
        {
            // An inbox or the wall that could not store the update refuses it (unavailable): the command stands, delivery retries.
            LogDeliveryFailed(logger, exception, Id, revision);
            await ScheduleAsync(refresh: false);
            return;
        }

        // Later writes carry this along; a final state has no later writes, so it is stored now.
        s.DeliveredRevision = revision;
        if (T.IsFinal(s.Status))
        {
            try
            {
                await state.WriteStateAsync();
            }
            catch (Exception exception)
            {
                Break(exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Negotiation {NegotiationId} could not deliver revision {Revision}; it will retry")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception exception, string negotiationId, long revision);
}
