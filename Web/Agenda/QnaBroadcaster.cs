using Expo.Grains;
using Expo.Grains.Models;
using Expo.Web.Hubs;
using Microsoft.AspNetCore.SignalR;

namespace Expo.Web.Agenda;

/// <summary>The node's one observer of every session Q&amp;A it listens to: each change arrives once, then goes to the session's local group.</summary>
internal sealed class QnaBroadcaster(IHubContext<ExpoHub, IExpoClient> hub) : IQnaObserver
{
    public Task OnQuestionChangedAsync(QuestionChanged change) =>
        hub.Clients.Group(ExpoHub.SessionGroup(change.SessionId)).QuestionChanged(change);
}
