using Microsoft.AspNetCore.SignalR;

namespace Expo.Web.Hubs;

/// <summary>
/// Keeps a connection's calls in the order it sent them when <c>Expo:Hub:ParallelInvocations</c> lets SignalR run
/// several at once (see <see cref="InvocationTurns"/>). SignalR starts a connection's calls one at a time in the order
/// they arrived, and the filters before this one reach it without waiting, so the turns are taken in arrival order.
/// </summary>
internal sealed class InvocationOrderFilter : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var pipelined = context.HubMethodName == nameof(ExpoHub.SendChat);
        var turn = InvocationTurns.Of(context.Context.Items).Next(pipelined, pipelined ? context.HubMethodArguments[1] as string : null);
        try
        {
            await turn.Previous;
            if (pipelined && context.Hub is ExpoHub hub)
            {
                hub.ChatTurn = turn;
            }

            return await next(context);
        }
        finally
        {
            turn.Complete();
        }
    }
}
